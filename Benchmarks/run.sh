#!/usr/bin/env bash
# Runs tracegate's release benchmark side by side with the Python alternatives, on the same files,
# in one run. Usage: Benchmarks/run.sh [MB] [REPEATS]. Writes Benchmarks/results/latest.json.
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-100}
repeats=${2:-3}
data=.build-bench/data
venv=.build-bench/venv
mkdir -p .build-bench Benchmarks/results
swift build -c release --product tracegate-bench > .build-bench/build.log 2>&1
[ -f "$data/otlp.jsonl" ] || .build/release/tracegate-bench generate "$data" "$mb"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q orjson agentevals==0.0.9
fi
swift_json=$(.build/release/tracegate-bench run "$data" "$repeats")
ingest_rss=$(.build/release/tracegate-bench ingest-rss "$data/otlp.jsonl")
py_ingest=$("$venv/bin/python" Benchmarks/python/orjson_ingest.py "$data/otlp.jsonl" "$repeats")
py_match=$("$venv/bin/python" Benchmarks/python/agentevals_match.py "$data/messages.jsonl" "$repeats")
printf '{"tracegate": %s, "ingest_rss": %s, "python_orjson_ingest": %s, "agentevals_match": %s}\n' \
  "$swift_json" "$ingest_rss" "$py_ingest" "$py_match" > Benchmarks/results/latest.json
python3 - <<'PY'
import json
r = json.load(open("Benchmarks/results/latest.json"))
t = {x["name"]: x for x in r["tracegate"]["results"]}
ingest = t["ingest OTLP end to end into SQLite"]["median"]
score = t["score message trajectories (parse included)"]["median"]
m = r["ingest_rss"]
print(f"input: {r['tracegate']['inputMB']:.0f} MB of OTLP JSON Lines, {r['tracegate']['spans']} spans")
print(f"peak RSS ingesting it alone (its own process): {m['peak_rss_mb']:.0f} MB; the measuring process (holds the file for the parse lines): {r['tracegate']['peakRSSMB']:.0f} MB")
for x in r["tracegate"]["results"]:
    print(f"  {x['name']:<80} median {x['median']:>10.1f} {x['unit']}  (min {x['min']:.1f}, max {x['max']:.1f}, n={x['repeats']})")
p, a = r["python_orjson_ingest"], r["agentevals_match"]
print(f"  {p['name']:<80} median {p['median']:>10.1f} {p['unit']}")
print(f"  {a['name']:<80} median {a['median']:>10.1f} {a['unit']}")
print(f"ratios: ingest tracegate/python = {ingest / p['median']:.2f}x (target >= 2x); scoring tracegate/agentevals = {score / a['median']:.1f}x (target >= 100x)")
PY
