#!/usr/bin/env python3
"""Prints Benchmarks/results/latest.json as a table with each row's ratio to its alternative, and to the
performance issue's target where it sets one (met or MISSED)."""
import json, sys

r = json.load(open(sys.argv[1]))
rows = {x["name"]: x for x in r["tracegate"] if "name" in x}
rss = r["tracegate"][-1]
limit, python, agentevals = r["limit"], r["python_orjson_ingest"], r["agentevals_match"]

def verdict(met, target):
    """The target and whether this run meets it."""
    return f" ({target}: {'met' if met else 'MISSED'})"

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
        extra = f"= {x['median'] / python['median']:.2f}x Python, {x['median'] / limit['median']:.2f}x the limit" + verdict(
            x["median"] >= 250 and x["median"] >= 3 * python["median"] and x["median"] * 1.5 >= limit["median"],
            "target: >= 250 MB/s, >= 3x Python, >= 1/1.5 of the limit")
    if x is score:
        extra = f"= {x['median'] / agentevals['median']:.1f}x agentevals" + verdict(x["median"] >= 100 * agentevals["median"], "target: >= 100x")
    if x["name"].startswith("load the 10,000-case golden"):
        extra = f"= {x['median'] / 0.1:.1f}x the target" + verdict(x["median"] < 0.1, "target: well under 0.1 s")
    line(x["name"], x, extra)
    for phase in x.get("phases") or []:
        line("  " + phase["name"], phase)
line(limit["name"], {**limit, "peakRSSMB": limit["peak_rss_mb"], "repeats": 0})
line(python["name"], python)
line(agentevals["name"], agentevals)
# The targets for the CI rows: seconds and peak RSS.
cli_targets = {"CI pipeline": 1.0, "gate --traces": 0.5}
for x in r["cli"]:
    target = next((t for prefix, t in cli_targets.items() if x["name"].startswith(prefix)), None)
    extra = ""
    if target:
        extra = f"= {x['median'] / target:.1f}x the target" + verdict(x["median"] < target, f"target: < {target:g} s") + verdict(
            x["peakRSSMB"] < 200, "< 200 MB")
    line(x["name"], x, extra)
for x in r.get("stores", []):
    line(x["name"], x, f"= {x['mb_per_s']:.1f} MB/s, {x['spans_per_s']:,.0f} spans/s" if "mb_per_s" in x else "")
print(f"  peak RSS ingesting the OTLP file alone (ingest-rss): {rss['peak_rss_mb']:.0f} MB")
for key, store in [("serve", "SQLite"), ("serve_postgres", "PostgreSQL")]:
    if key in r:
        s = r[key]
        print(f"  serve under load into {store}: {s['spans_per_s']:.0f} spans/s, request latency p50 {s['latency_p50_ms']:.1f} ms, "
              f"p99 {s['latency_p99_ms']:.1f} ms, {s['spans_stored']}/{s['spans_sent']} spans stored, {s['http_503']} answers 503, "
              f"server peak RSS {s['server_peak_rss_mb']:.0f} MB")
