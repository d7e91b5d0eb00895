#!/usr/bin/env bash
# Runs tracegate's release benchmark side by side with the alternatives, on the same files, in one
# run: the Python orjson + sqlite3 ingester, agentevals 0.0.9, and the limit (a C++ simdjson +
# SQLite program). Every row runs in a process of its own, so its peak RSS is its own.
# Usage: Benchmarks/run.sh [MB] [REPEATS]. Writes Benchmarks/results/latest.json and prints a table.
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-100}
repeats=${2:-3}
data=.build-bench/data
venv=.build-bench/venv
mkdir -p .build-bench Benchmarks/results
swift build -c release --product tracegate-bench > .build-bench/build.log 2>&1
swift build -c release --product tracegate >> .build-bench/build.log 2>&1
c++ -O2 -std=c++17 Benchmarks/limit/limit_ingest.cpp -lsimdjson -lsqlite3 -o .build-bench/limit_ingest
# The workload is regenerated when the generator changed it (the golden file's size is its mark).
if [ ! -f "$data/otlp.jsonl" ] || ! grep -q "case-9999$" "$data/golden.yaml"; then
  rm -rf "$data"
  .build/release/tracegate-bench generate "$data" "$mb"
fi
"$venv/bin/python" -c "import opentelemetry.proto" 2>/dev/null || rm -rf "$venv"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q orjson agentevals==0.0.9 opentelemetry-proto
fi
rows="["
for row in parse-strict parse-simdjson parse-foundation ingest score golden gate-pipeline; do
  rows+="$(.build/release/tracegate-bench row "$row" "$data" "$repeats"),"
done
rows+="$(.build/release/tracegate-bench ingest-rss "$data/otlp.jsonl")]"
limit=$(.build-bench/limit_ingest "$data/otlp.jsonl" "$repeats")
py_ingest=$("$venv/bin/python" Benchmarks/python/orjson_ingest.py "$data/otlp.jsonl" "$repeats")
py_match=$("$venv/bin/python" Benchmarks/python/agentevals_match.py "$data/messages.jsonl" "$repeats")
cli=$(python3 Benchmarks/python/cli_rows.py .build/release/tracegate "$data" "$repeats")
# The PostgreSQL store: a throwaway cluster with fsync on (as a real server runs), stopped afterwards.
pg_dir=$(mktemp -d /tmp/tracegate-bench-pg.XXXXXX)
trap 'scripts/postgres-cluster.sh stop "$pg_dir"; rm -rf "$pg_dir"' EXIT
pg_url=$(POSTGRES_CLUSTER_FSYNC=on scripts/postgres-cluster.sh start "$pg_dir")
stores=$(python3 Benchmarks/python/store_rows.py .build/release/tracegate "$data" "$repeats" "$pg_url")
serve=$("$venv/bin/python" Benchmarks/python/serve_load.py .build/release/tracegate "$data/gate-baseline.jsonl" 10000 10 4)
psql -X -q -d "$pg_url" -c "CREATE DATABASE serve_load"
serve_pg=$("$venv/bin/python" Benchmarks/python/serve_load.py .build/release/tracegate "$data/gate-baseline.jsonl" 10000 10 4 1000000 \
  "${pg_url/\/postgres\?//serve_load?}")
printf '{"tracegate": %s, "limit": %s, "python_orjson_ingest": %s, "agentevals_match": %s, "cli": %s, "stores": %s, "serve": %s, "serve_postgres": %s}\n' \
  "$rows" "$limit" "$py_ingest" "$py_match" "$cli" "$stores" "$serve" "$serve_pg" > Benchmarks/results/latest.json
python3 Benchmarks/python/report.py Benchmarks/results/latest.json
