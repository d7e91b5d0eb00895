#!/usr/bin/env python3
"""Converts OTLP/JSON Lines into OTLP protobuf with OpenTelemetry's own Python classes
(opentelemetry-proto from PyPI), so tracegate's protobuf reading is tested against an independent
producer. Usage: otlp_json_to_proto.py IN.jsonl OUT FRAMING, FRAMING one of
  collector  each ExportTraceServiceRequest after a 4-byte big-endian length (the Collector's file exporter)
  delimited  each after a varint length (protobuf's writeDelimitedTo)
  single     all lines merged into one request, no length"""
import json, struct, sys
from google.protobuf.internal.encoder import _VarintBytes
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue

def any_value(value, target):
    if "stringValue" in value: target.string_value = value["stringValue"]
    elif "boolValue" in value: target.bool_value = value["boolValue"]
    elif "intValue" in value: target.int_value = int(value["intValue"])
    elif "doubleValue" in value: target.double_value = float(value["doubleValue"])
    elif "arrayValue" in value:
        target.array_value.SetInParent()
        for item in value["arrayValue"].get("values", []): any_value(item, target.array_value.values.add())
    elif "kvlistValue" in value:
        target.kvlist_value.SetInParent()
        attributes(value["kvlistValue"].get("values", []), target.kvlist_value.values)
    elif "bytesValue" in value: target.bytes_value = bytes.fromhex(value["bytesValue"])

def attributes(items, target):
    for item in items:
        kv = target.add()
        kv.key = item["key"]
        any_value(item.get("value", {}), kv.value)

def request(document):
    out = ExportTraceServiceRequest()
    for rs in document["resourceSpans"]:
        r = out.resource_spans.add()
        attributes(rs.get("resource", {}).get("attributes", []), r.resource.attributes)
        for ss in rs.get("scopeSpans", []):
            s = r.scope_spans.add()
            s.scope.name = ss.get("scope", {}).get("name", "")
            for span in ss.get("spans", []):
                p = s.spans.add()
                p.trace_id = bytes.fromhex(span["traceId"])
                p.span_id = bytes.fromhex(span["spanId"])
                if span.get("parentSpanId"): p.parent_span_id = bytes.fromhex(span["parentSpanId"])
                p.name = span.get("name", "")
                p.kind = int(span.get("kind", 0))
                p.start_time_unix_nano = int(span["startTimeUnixNano"])
                p.end_time_unix_nano = int(span.get("endTimeUnixNano", span["startTimeUnixNano"]))
                attributes(span.get("attributes", []), p.attributes)
                for event in span.get("events", []):
                    e = p.events.add()
                    e.name = event.get("name", "")
                    e.time_unix_nano = int(event.get("timeUnixNano", 0))
                    attributes(event.get("attributes", []), e.attributes)
                if "status" in span:
                    p.status.code = int(span["status"].get("code", 0))
                    p.status.message = span["status"].get("message", "")
    return out

def main():
    source, target, framing = sys.argv[1], sys.argv[2], sys.argv[3]
    documents = [json.loads(line) for line in open(source, encoding="utf-8") if line.strip()]
    with open(target, "wb") as f:
        if framing == "single":
            merged = ExportTraceServiceRequest()
            for document in documents: merged.MergeFrom(request(document))
            f.write(merged.SerializeToString())
        for document in documents if framing != "single" else []:
            body = request(document).SerializeToString()
            f.write(struct.pack(">I", len(body)) if framing == "collector" else _VarintBytes(len(body)))
            f.write(body)

if __name__ == "__main__":
    main()
