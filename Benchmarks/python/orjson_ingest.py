#!/usr/bin/env python3
"""The alternative the issue names: a Python ingester of the same OTLP JSON Lines with orjson +
sqlite3 (one transaction per file, prepared inserts, the same columns tracegate keeps per span).
Prints MB/s over REPEATS runs as JSON: median, min, max."""
import json, os, shutil, sqlite3, statistics, sys, tempfile, time
import orjson

def ingest(path):
    """Ingests `path` into a fresh database in a folder of its own, removed afterwards."""
    folder = tempfile.mkdtemp(prefix="tracegate-py-ingest-")
    try:
        return ingest_into(path, os.path.join(folder, "py.sqlite"))
    finally:
        shutil.rmtree(folder, ignore_errors=True)

def ingest_into(path, database):
    db = sqlite3.connect(database)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("CREATE TABLE spans (trace_id TEXT, span_id TEXT, parent TEXT, name TEXT, start INTEGER, end INTEGER, "
               "operation TEXT, tool TEXT, model TEXT, input_tokens INTEGER, output_tokens INTEGER, attributes TEXT, PRIMARY KEY (trace_id, span_id))")
    rows = []
    with open(path, "rb") as f:
        for line in f:
            if not line.strip():
                continue
            doc = orjson.loads(line)
            for rs in doc["resourceSpans"]:
                for ss in rs["scopeSpans"]:
                    for s in ss["spans"]:
                        attrs = {}
                        for kv in s.get("attributes", []):
                            v = kv["value"]
                            attrs[kv["key"]] = v.get("stringValue", v.get("intValue", v.get("arrayValue")))
                        rows.append((s["traceId"], s["spanId"], s.get("parentSpanId") or None, s["name"],
                                     int(s["startTimeUnixNano"]), int(s["endTimeUnixNano"]), attrs.get("gen_ai.operation.name"),
                                     attrs.get("gen_ai.tool.name"), attrs.get("gen_ai.response.model") or attrs.get("gen_ai.request.model"),
                                     int(attrs["gen_ai.usage.input_tokens"]) if "gen_ai.usage.input_tokens" in attrs else None,
                                     int(attrs["gen_ai.usage.output_tokens"]) if "gen_ai.usage.output_tokens" in attrs else None,
                                     orjson.dumps(attrs, option=orjson.OPT_SORT_KEYS).decode()))
    with db:
        db.executemany("INSERT OR REPLACE INTO spans VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    db.close()
    return len(rows)

path, repeats = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 3
size = os.path.getsize(path) / 1e6
rates = []
for _ in range(repeats):
    start = time.perf_counter()
    spans = ingest(path)
    rates.append(size / (time.perf_counter() - start))
print(json.dumps({"name": "Python orjson + sqlite3 ingest", "unit": "MB/s", "median": statistics.median(rates), "min": min(rates), "max": max(rates),
                  "spans": spans}))
