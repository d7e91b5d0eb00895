#!/usr/bin/env python3
"""Build OTLP/JSON files from the real attribute sets of Langfuse exports (a SYNTHETIC envelope).

There is no public real-world OTLP/JSON file with GenAI attributes (FORMATS.md section 7), so the
end-to-end OTLP fixtures wrap the original OpenTelemetry attributes that Langfuse kept for each
observation (metadata.attributes, metadata.resourceAttributes, metadata.scope) into a hand-built
OTLP envelope. Ids, names, parent links and timestamps are the observation's own.

Reconstruction rules (documented in the fixture's .source.txt):
- attribute values: str -> stringValue, int -> intValue (decimal string, as protobuf JSON writes
  it), float -> doubleValue, bool -> boolValue, list of scalars -> arrayValue, objects and lists of
  objects -> stringValue holding JSON (OTel attributes cannot hold objects; SDKs write JSON text).
  Numeric strings stay strings: Langfuse stringified them and the reader must accept that anyway.
- a TOOL observation whose attributes carry no gen_ai.tool.call.arguments / input.value gets
  gen_ai.tool.call.arguments = JSON of the observation's input, and gen_ai.tool.call.result = its
  output, because Langfuse moved those attributes into input/output.
- level ERROR -> status code 2 with statusMessage; otherwise status code 0 (unset).

Usage: langfuse_to_otlp.py LANGFUSE_EXPORT.json OUT.otlp.json
"""
import json
import sys
from datetime import datetime, timezone


def ns(iso):
    dt = datetime.strptime(iso.replace("Z", "+0000"), "%Y-%m-%dT%H:%M:%S.%f%z")
    seconds = int(dt.replace(tzinfo=timezone.utc).timestamp()) if dt.tzinfo is None else int(dt.timestamp())
    return str(seconds * 1_000_000_000 + dt.microsecond * 1000)


def any_value(value):
    if isinstance(value, bool):
        return {"boolValue": value}
    if isinstance(value, int):
        return {"intValue": str(value)}
    if isinstance(value, float):
        return {"doubleValue": value}
    if isinstance(value, str):
        return {"stringValue": value}
    if isinstance(value, list) and all(not isinstance(v, (dict, list)) for v in value):
        return {"arrayValue": {"values": [any_value(v) for v in value]}}
    return {"stringValue": json.dumps(value, ensure_ascii=False)}


def key_values(mapping):
    return [{"key": k, "value": any_value(v)} for k, v in mapping.items() if v is not None]


def span(obs):
    metadata = obs.get("metadata") or {}
    if isinstance(metadata, str):
        metadata = json.loads(metadata)
    attributes = dict(metadata.get("attributes") or {})
    if obs["type"] == "TOOL" and "gen_ai.tool.call.arguments" not in attributes and "input.value" not in attributes:
        if obs.get("input") is not None:
            attributes["gen_ai.tool.call.arguments"] = json.dumps(obs["input"], ensure_ascii=False)
        if obs.get("output") is not None:
            out = obs["output"]
            attributes["gen_ai.tool.call.result"] = out if isinstance(out, str) else json.dumps(out, ensure_ascii=False)
    status = {"code": 2, "message": obs.get("statusMessage") or ""} if obs.get("level") == "ERROR" else {"code": 0}
    return metadata, {
        "traceId": obs["traceId"],
        "spanId": obs["id"],
        "parentSpanId": obs.get("parentObservationId") or "",
        "name": obs["name"],
        "kind": 1,
        "startTimeUnixNano": ns(obs["startTime"]),
        "endTimeUnixNano": ns(obs["endTime"] or obs["startTime"]),
        "attributes": key_values(attributes),
        "status": status,
    }


def convert(export):
    groups = {}
    for obs in sorted(export["observations"], key=lambda o: (o["startTime"], o["id"])):
        metadata, otlp_span = span(obs)
        resource = metadata.get("resourceAttributes") or {}
        scope = metadata.get("scope") or {}
        key = (json.dumps(resource, sort_keys=True), scope.get("name", ""), scope.get("version", ""))
        groups.setdefault(key, (resource, scope, []))[2].append(otlp_span)
    resource_spans = []
    for resource, scope, spans in groups.values():
        resource_spans.append({
            "resource": {"attributes": key_values(resource)},
            "scopeSpans": [{"scope": {"name": scope.get("name", ""), "version": scope.get("version", "")}, "spans": spans}],
        })
    return {"resourceSpans": resource_spans}


if __name__ == "__main__":
    with open(sys.argv[1]) as source:
        document = json.load(source)
    with open(sys.argv[2], "w") as target:
        json.dump(convert(document), target, indent=1, ensure_ascii=False)
        target.write("\n")
