#!/usr/bin/env python3
"""Prints Benchmarks/results/latest.json as a table with each row's ratio to its alternative."""
import json, sys

r = json.load(open(sys.argv[1]))
rows = {x["name"]: x for x in r["tracegate"] if "name" in x}
rss = r["tracegate"][-1]
limit, python, agentevals = r["limit"], r["python_orjson_ingest"], r["agentevals_match"]

def line(name, x, extra=""):
    memory = f"{x['peakRSSMB']:.0f} MB" if x.get("peakRSSMB") else ""
    print(f"  {name:<92} {x['median']:>10.2f} {x['unit']:<15} (min {x['min']:.2f}, max {x['max']:.2f}) {memory:>8} {extra}")

print(f"input: {rss['file_mb']:.0f} MB of OTLP JSON Lines, {rss['spans']} spans; medians of {limit and r['tracegate'][0]['repeats']} runs")
ingest = next(x for x in r["tracegate"] if x.get("name", "").startswith("ingest OTLP"))
score = next(x for x in r["tracegate"] if x.get("name", "").startswith("score"))
for x in r["tracegate"]:
    if "name" not in x:
        continue
    extra = ""
    if x is ingest:
        extra = f"= {x['median'] / python['median']:.2f}x Python, {x['median'] / limit['median']:.2f}x the limit"
    if x is score:
        extra = f"= {x['median'] / agentevals['median']:.1f}x agentevals"
    line(x["name"], x, extra)
    for phase in x.get("phases") or []:
        line("  " + phase["name"], phase)
line(limit["name"], {**limit, "peakRSSMB": limit["peak_rss_mb"], "repeats": 0})
line(python["name"], python)
line(agentevals["name"], agentevals)
for x in r["cli"]:
    line(x["name"], x)
for x in r.get("stores", []):
    line(x["name"], x, f"= {x['mb_per_s']:.1f} MB/s, {x['spans_per_s']:,.0f} spans/s" if "mb_per_s" in x else "")
print(f"  peak RSS ingesting the OTLP file alone (ingest-rss): {rss['peak_rss_mb']:.0f} MB")
for key, store in [("serve", "SQLite"), ("serve_postgres", "PostgreSQL")]:
    if key in r:
        s = r[key]
        print(f"  serve under load into {store}: {s['spans_per_s']:.0f} spans/s, request latency p50 {s['latency_p50_ms']:.1f} ms, "
              f"p99 {s['latency_p99_ms']:.1f} ms, {s['spans_stored']}/{s['spans_sent']} spans stored, {s['http_503']} answers 503, "
              f"server peak RSS {s['server_peak_rss_mb']:.0f} MB")
