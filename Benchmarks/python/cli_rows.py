#!/usr/bin/env python3
"""The CI pipeline as a user runs it, through the release binary, each command its own process:
   1. ingest the baseline run, ingest the candidate run, gate them against the 10,000-case golden;
   2. gate --traces: the candidate read straight from its file against a committed baseline file.
Prints one JSON row per measure: median/min/max seconds over REPEATS and the largest peak RSS of
any of its processes (from wait4's rusage)."""
import json, os, shutil, statistics, subprocess, sys, tempfile, time

binary, data, repeats = sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 3
golden = os.path.join(data, "golden.yaml")
base, cand = os.path.join(data, "gate-baseline.jsonl"), os.path.join(data, "gate-candidate.jsonl")

def run(args):
    """Runs one command; returns (seconds, peak RSS MB); a non-zero exit is an error."""
    start = time.perf_counter()
    process = subprocess.Popen([binary] + args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 2):
        sys.exit(f"{' '.join(args)} exited {code}: {process.stderr.read().decode()[-400:]}")
    return seconds, usage.ru_maxrss / 1024

def row(name, values, rss):
    return {"name": name, "unit": "s", "median": statistics.median(values), "min": min(values), "max": max(values),
            "repeats": len(values), "peakRSSMB": max(rss)}

folder = tempfile.mkdtemp(prefix="tracegate-cli-bench-")
try:
    pipeline, pipeline_rss, phases = [], [], {"ingest baseline": [], "ingest candidate": [], "gate": []}
    for index in range(repeats):
        db = os.path.join(folder, f"run{index}.sqlite")
        steps = [("ingest baseline", ["ingest", base, "--run", "base", "--db", db]),
                 ("ingest candidate", ["ingest", cand, "--run", "cand", "--db", db]),
                 ("gate", ["gate", "--golden", golden, "--baseline", "base", "--candidate", "cand", "--db", db])]
        total = 0
        for phase, args in steps:
            seconds, rss = run(args)
            phases[phase].append(seconds)
            pipeline_rss.append(rss)
            total += seconds
        pipeline.append(total)
    baseline_file = os.path.join(folder, "baseline.json")
    run(["baseline", "--run", "base", "--golden", golden, "--db", os.path.join(folder, "run0.sqlite"), "--out", baseline_file])
    traces, traces_rss = [], []
    for _ in range(repeats):
        seconds, rss = run(["gate", "--golden", golden, "--baseline-file", baseline_file, "--traces", cand])
        traces.append(seconds)
        traces_rss.append(rss)
    rows = [row("CI pipeline through the binary: ingest 2 × 10,000 traces, gate with a 10,000-case golden", pipeline, pipeline_rss)]
    rows += [row("  " + phase, values, [0]) for phase, values in phases.items()]
    rows.append(row("gate --traces: 10,000 candidate traces from their file against a baseline file", traces, traces_rss))
    print(json.dumps(rows))
finally:
    shutil.rmtree(folder, ignore_errors=True)
