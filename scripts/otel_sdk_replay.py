#!/usr/bin/env python3
"""Replays OTLP/JSON Lines through the real OpenTelemetry Python SDK and its OTLP/HTTP exporter
(opentelemetry-sdk, opentelemetry-exporter-otlp-proto-http from PyPI) to an endpoint, as an
instrumented agent exports its spans: same ids, times, names, kinds, attributes, events and
statuses, one tracer provider per resource. Used by tracegate's tests of `tracegate serve`.
Usage: otel_sdk_replay.py ENDPOINT IN.jsonl gzip|none [RUN]"""
import json, sys
from opentelemetry import trace
from opentelemetry.exporter.otlp.proto.http import Compression
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor
from opentelemetry.sdk.trace.id_generator import IdGenerator
from opentelemetry.trace import NonRecordingSpan, SpanContext, SpanKind, Status, StatusCode, TraceFlags

class ReplayIds(IdGenerator):
    """Hands out the ids the file has, in the order spans are started."""
    def __init__(self): self.trace_id, self.span_id = 0, 0
    def generate_trace_id(self): return self.trace_id
    def generate_span_id(self): return self.span_id

def value(any_value):
    if "stringValue" in any_value: return any_value["stringValue"]
    if "intValue" in any_value: return int(any_value["intValue"])
    if "doubleValue" in any_value: return float(any_value["doubleValue"])
    if "boolValue" in any_value: return any_value["boolValue"]
    if "arrayValue" in any_value: return [value(v) for v in any_value["arrayValue"].get("values", [])]
    return None

def attributes(items): return {kv["key"]: value(kv.get("value", {})) for kv in items}

endpoint, path, compression = sys.argv[1], sys.argv[2], sys.argv[3]
headers = {"x-tracegate-run": sys.argv[4]} if len(sys.argv) > 4 else {}
kinds = {1: SpanKind.INTERNAL, 2: SpanKind.SERVER, 3: SpanKind.CLIENT, 4: SpanKind.PRODUCER, 5: SpanKind.CONSUMER}
providers, count = [], 0
for line in open(path, encoding="utf-8"):
    if not line.strip(): continue
    for rs in json.loads(line)["resourceSpans"]:
        ids = ReplayIds()
        provider = TracerProvider(resource=Resource(attributes(rs.get("resource", {}).get("attributes", []))), id_generator=ids)
        exporter = OTLPSpanExporter(endpoint=endpoint, headers=headers,
                                    compression=Compression.Gzip if compression == "gzip" else Compression.NoCompression)
        provider.add_span_processor(BatchSpanProcessor(exporter))
        providers.append(provider)
        for ss in rs.get("scopeSpans", []):
            tracer = provider.get_tracer(ss.get("scope", {}).get("name", "replay"), ss.get("scope", {}).get("version"))
            for s in ss.get("spans", []):
                ids.trace_id, ids.span_id = int(s["traceId"], 16), int(s["spanId"], 16)
                context = None
                if s.get("parentSpanId"):
                    parent = SpanContext(int(s["traceId"], 16), int(s["parentSpanId"], 16), is_remote=False,
                                         trace_flags=TraceFlags(TraceFlags.SAMPLED))
                    context = trace.set_span_in_context(NonRecordingSpan(parent))
                span = tracer.start_span(s.get("name", ""), context=context, kind=kinds.get(int(s.get("kind", 1)), SpanKind.INTERNAL),
                                         attributes=attributes(s.get("attributes", [])), start_time=int(s["startTimeUnixNano"]))
                for event in s.get("events", []):
                    span.add_event(event.get("name", ""), attributes(event.get("attributes", [])), timestamp=int(event.get("timeUnixNano", 0)) or None)
                status = s.get("status", {})
                if int(status.get("code", 0)) == 2: span.set_status(Status(StatusCode.ERROR, status.get("message")))
                elif int(status.get("code", 0)) == 1: span.set_status(Status(StatusCode.OK))
                span.end(end_time=int(s.get("endTimeUnixNano", s["startTimeUnixNano"])))
                count += 1
for provider in providers:
    provider.force_flush()
    provider.shutdown()
print(count)
