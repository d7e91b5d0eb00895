#!/usr/bin/env bash
# Fuzz every reader and loader with libFuzzer + AddressSanitizer, each for a fixed number of inputs,
# seeded with the real samples. Usage: scripts/fuzz.sh [RUNS_PER_TARGET] [TARGET...]
# A finding leaves crash-*/timeout-*/oom-* files under .build-fuzz/findings/TARGET and a non-zero exit.
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-50000}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(OTLP AgentsSDK LangSmith Langfuse Messages TauBench Sniff Golden GateConfig Baseline)
scratch=.build-fuzz
fixtures=Tests/TraceIngestTests/Fixtures

seed() {  # seed TARGET FILES...
  local dir=$scratch/corpus/$1; shift
  mkdir -p "$dir"
  for file in "$@"; do [ -f "$file" ] && cp "$file" "$dir/" ; done
}
seed OTLP $fixtures/otlp-synthetic/*.json $fixtures/samples/opentelemetry-proto-example-trace.json Tests/CLITests/Fixtures/bad/*.json
seed AgentsSDK $fixtures/agents-sdk/*.jsonl
seed LangSmith $fixtures/langsmith/*.json
seed Langfuse $fixtures/langfuse/*.json
seed Messages Tests/CLITests/Fixtures/hand.jsonl
seed TauBench $fixtures/tau-bench/*.json
seed Sniff $fixtures/otlp-synthetic/*.json $fixtures/agents-sdk/*.jsonl $fixtures/langsmith/*.json $fixtures/langfuse/koog-2025-08-26.json \
  Tests/CLITests/Fixtures/hand.jsonl $fixtures/tau-bench/*.json
seed Golden golden/*.yaml Tests/CLITests/Fixtures/hand.yaml Tests/CLITests/Fixtures/fuzz-seeds/*.yaml
seed GateConfig golden/tracegate.yaml Tests/CLITests/Fixtures/fuzz-seeds/*.yaml
seed Baseline Tests/CLITests/Fixtures/fuzz-seeds/*.json

status=0
printf '%-12s %10s %10s %s\n' target runs seconds result
for target in "${targets[@]}"; do
  swift build -c release --package-path Fuzz --scratch-path "$PWD/$scratch" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library --product "Fuzz$target" > "$scratch/build-$target.log" 2>&1 \
    || { echo "build of Fuzz$target failed: see $scratch/build-$target.log"; status=1; continue; }
  mkdir -p "$scratch/findings/$target"
  start=$(date +%s)
  "$scratch/release/Fuzz$target" -runs="$runs" -max_len=262144 -timeout=20 -rss_limit_mb=4096 \
    -artifact_prefix="$scratch/findings/$target/" "$scratch/corpus/$target" > "$scratch/fuzz-$target.log" 2>&1
  code=$?
  seconds=$(( $(date +%s) - start ))
  if [ $code -eq 0 ]; then result="no finding"; else result="FINDING (exit $code): see $scratch/fuzz-$target.log"; status=1; fi
  printf '%-12s %10s %10s %s\n' "$target" "$runs" "$seconds" "$result"
done
exit $status
