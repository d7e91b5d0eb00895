#!/usr/bin/env python3
"""Writes the committed corpus of bad inputs (Tests/CLITests/Fixtures/bad/). Each file is small;
the two large cases (a 50 MB string, a million spans) are built by the tests themselves."""
import json, os, sys

out = sys.argv[1] if len(sys.argv) > 1 else "Tests/CLITests/Fixtures/bad"
os.makedirs(out, exist_ok=True)

def kv(key, value):
    if isinstance(value, bool): return {"key": key, "value": {"boolValue": value}}
    if isinstance(value, int): return {"key": key, "value": {"intValue": str(value)}}
    if isinstance(value, list): return {"key": key, "value": {"arrayValue": {"values": [kv("", v)["value"] for v in value]}}}
    return {"key": key, "value": {"stringValue": value}}

def span(span_id, parent="", start=1_000, end=2_000, attrs=None, raw_attrs=None):
    return {"traceId": "0af7651916cd43dd8448eb211c80319c", "spanId": span_id, "parentSpanId": parent, "name": "s" + span_id,
            "startTimeUnixNano": str(start), "endTimeUnixNano": str(end),
            "attributes": (raw_attrs or []) + [kv(k, v) for k, v in (attrs or {}).items()]}

def doc(spans):
    return {"resourceSpans": [{"scopeSpans": [{"spans": spans}]}]}

def write(name, text, mode="w"):
    with open(os.path.join(out, name), mode) as f:
        f.write(text)

chat = {"gen_ai.operation.name": "chat", "gen_ai.request.model": "gpt-4o"}
good = json.dumps(doc([span("0000000000000001", attrs={**chat, "gen_ai.usage.input_tokens": 10, "gen_ai.usage.output_tokens": 5})]))
write("truncated.json", good[: len(good) // 2])
write("invalid-utf8.json", good.replace("gpt-4o", "gpt-4o\udcff").encode("utf-8", "surrogateescape").decode("latin-1"), "w")
with open(os.path.join(out, "invalid-utf8.json"), "wb") as f:
    f.write(good.replace("gpt-4o", "gpt-4o__").encode().replace(b"gpt-4o__", b"gpt-4o\xff\xfe"))
write("deep-nesting.json", "[" * 100_000 + "]" * 100_000)
write("int64-overflow-tokens.json", json.dumps(doc([span("0000000000000001", attrs=chat, raw_attrs=[
    {"key": "gen_ai.usage.input_tokens", "value": {"intValue": "99999999999999999999"}},
    {"key": "gen_ai.usage.output_tokens", "value": {"intValue": "5"}}])])))
write("negative-tokens.json", json.dumps(doc([span("0000000000000001", attrs={**chat, "gen_ai.usage.input_tokens": -40, "gen_ai.usage.output_tokens": 7})])))
write("reversed-timestamps.json", json.dumps(doc([span("0000000000000001", start=5_000, end=1_000, attrs=chat)])))
write("negative-timestamps.json", json.dumps(doc([span("0000000000000001", start=-5_000, end=1_000, attrs=chat)])))
write("duplicate-span-ids.json", json.dumps(doc([span("0000000000000001", attrs=chat), span("0000000000000001", attrs={"gen_ai.operation.name": "execute_tool", "gen_ai.tool.name": "x"})])))
write("parent-cycle.json", json.dumps(doc([span("000000000000000a", parent="000000000000000b"), span("000000000000000b", parent="000000000000000a")])))
write("orphan-spans.json", json.dumps(doc([span("0000000000000001", parent="00000000000000ff", attrs=chat)])))
write("arrays-for-scalars.json", json.dumps(doc([span("0000000000000001", attrs={"gen_ai.operation.name": ["chat"], "gen_ai.request.model": ["gpt-4o", "gpt-4o-mini"],
                                                                                 "gen_ai.usage.input_tokens": [12], "gen_ai.usage.output_tokens": 3})])))
write("missing-span-id.json", json.dumps({"resourceSpans": [{"scopeSpans": [{"spans": [{"traceId": "ab", "name": "x", "startTimeUnixNano": "1"}]}]}]}))
write("not-a-trace.json", json.dumps({"rows": [1, 2, 3]}))
write("empty.json", "")
print("wrote", len(os.listdir(out)), "files to", out)
