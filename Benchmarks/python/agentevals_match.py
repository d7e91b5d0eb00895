#!/usr/bin/env python3
"""agentevals 0.0.9 trajectory match (superset, exact arguments) on the same message trajectories,
parse included. Reference = the golden steps of the benchmark workload. Prints trajectories/s."""
import json, statistics, sys, time
from agentevals.trajectory.match import create_trajectory_match_evaluator

path, repeats = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 3
with open(path) as f:
    lines = f.read().splitlines()
evaluator = create_trajectory_match_evaluator(trajectory_match_mode="superset", tool_args_match_mode="exact")
rates = []
for _ in range(repeats):
    start = time.perf_counter()
    for line in lines:
        record = json.loads(line)
        entity = record["messages"][0]["content"].split("cluster-")[1].split(" ")[0]
        args = json.dumps({"entity": "cluster-" + entity})
        reference = [{"role": "user", "content": "task"}] + [
            {"role": "assistant", "content": "", "tool_calls": [{"id": f"g{i}", "type": "function", "function": {"name": n, "arguments": args}}]}
            for i, n in enumerate(["get_report", "get_trends", "check_config"])]
        evaluator(outputs=record["messages"], reference_outputs=reference)
    rates.append(len(lines) / (time.perf_counter() - start))
print(json.dumps({"name": "agentevals 0.0.9 superset/exact (parse included)", "unit": "trajectories/s",
                  "median": statistics.median(rates), "min": min(rates), "max": max(rates)}))
