#!/usr/bin/env bash
# Complexity figures for hostile shapes, through the release binary as a user runs it: one message
# list of N calls (ingest, then score), one span chain N deep (ingest, then show), a golden file of
# nested aliases. Prints seconds and peak RSS per row. Usage: Benchmarks/complexity.sh [SIZES...]
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000)
swift build -c release --product tracegate > /dev/null
bin=$PWD/.build/release/tracegate
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
measure() {  # measure LABEL COMMAND... → "LABEL  seconds  peak-RSS-MB"
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > /dev/null 2> "$work/err" || { echo "$label failed: $(cat "$work/err")"; return; }
  read -r seconds kb < "$work/time"
  printf '%-44s %8.2f s %8.0f MB\n' "$label" "$seconds" "$((kb / 1024))"
}
printf 'version: 1\nname: g\ncases:\n  - {id: l1, route: r, expected: {tools: [poll], trajectory: {steps: [poll, poll]}, outcome: {answer_contains: [done]}}}\n' > "$work/g.yaml"
for n in "${sizes[@]}"; do
  python3 - "$n" "$work/m$n.json" <<'PY'
import json, sys
n, path = int(sys.argv[1]), sys.argv[2]
messages = [{"role": "user", "content": "loop"}]
for i in range(n):
    messages.append({"role": "assistant", "content": None,
                     "tool_calls": [{"id": f"c{i}", "type": "function", "function": {"name": "poll", "arguments": "{}"}}]})
    messages.append({"role": "tool", "tool_call_id": f"c{i}", "content": "not yet"})
messages.append({"role": "assistant", "content": "gave up"})
json.dump({"case_id": "l1", "messages": messages}, open(path, "w"))
spans = [{"traceId": "0af7651916cd43dd8448eb211c80319c", "spanId": f"{i + 1:016x}", "parentSpanId": f"{i:016x}" if i else "",
          "name": f"step {i}", "startTimeUnixNano": str(1_000_000 + i), "endTimeUnixNano": str(2_000_000 + i)} for i in range(n)]
json.dump({"resourceSpans": [{"scopeSpans": [{"spans": spans}]}]}, open(path.replace("/m", "/d"), "w"))
PY
  # --max-trace-spans raised so that every size is measured; the default (200,000) refuses the largest.
  measure "ingest: message list, $n calls" "$bin" ingest "$work/m$n.json" --run "m$n" --db "$work/s.sqlite" --max-trace-spans 100000000
  measure "score: one trace of $n calls" "$bin" score --run "m$n" --golden "$work/g.yaml" --db "$work/s.sqlite"
  measure "ingest: span chain $n deep" "$bin" ingest "$work/d$n.json" --run "d$n" --db "$work/s.sqlite" --max-trace-spans 100000000
  measure "show: span chain $n deep" "$bin" show 0af7651916cd43dd8448eb211c80319c --run "d$n" --db "$work/s.sqlite"
done
python3 - "$work/bomb.yaml" <<'PY'
import sys
lines = ["version: 1", "name: bomb", "cases:", "  - id: c1", "    route: r", "    expected:", "      tools:",
         "        - f: {x: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]}"]
lines += [f"        - f{i}: {{x: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]}}" for i in range(1, 10)]
open(sys.argv[1], "w").write("\n".join(lines) + "\n")
PY
last=${sizes[${#sizes[@]}-1]}
measure "ingest: message list, $last calls, default limit (refused)" sh -c "'$bin' ingest '$work/m$last.json' --run refused --db '$work/s.sqlite' || true"
measure "golden: 10 levels of 10 aliases (refused)" sh -c "'$bin' score --run m${sizes[0]} --golden '$work/bomb.yaml' --db '$work/s.sqlite' || true"
