#!/usr/bin/env python3
"""Each store backend through the release binary: the same OTLP JSON Lines file ingested into a new
SQLite file and into a new PostgreSQL database (on a cluster with fsync on), REPEATS times each;
then, per backend, the gate workload's two runs ingested once and `gate` with the 10,000-case
golden run REPEATS times. Prints JSON rows: median/min/max seconds (MB/s and spans/s at the median
for ingest) and the tracegate process's largest peak RSS (the PostgreSQL server's memory is not counted).
Usage: store_rows.py BINARY DATA_FOLDER REPEATS ADMIN_URL (a URL whose user may create databases)."""
import json, os, shutil, statistics, subprocess, sys, tempfile, time, urllib.parse, uuid

binary, data, repeats, admin = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
path = os.path.join(data, "otlp.jsonl")
megabytes = os.path.getsize(path) / 1e6

def psql(url, sql):
    subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", sql], check=True, stdout=subprocess.DEVNULL)

def fresh_database():
    name = "bench_" + uuid.uuid4().hex[:12]
    psql(admin, f"CREATE DATABASE {name}")
    parts = urllib.parse.urlsplit(admin)
    return urllib.parse.urlunsplit(parts._replace(path="/" + name))

def timed(arguments):
    """Runs tracegate; (seconds, peak RSS MB). Exit 0 or 2 (a gate that fails) is a result; others stop the benchmark."""
    start = time.perf_counter()
    process = subprocess.Popen([binary] + arguments, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 2):
        sys.exit(f"{' '.join(arguments)} failed: {process.stderr.read().decode()[-400:]}")
    return seconds, usage.ru_maxrss / 1024

def ingest(db):
    seconds, peak = timed(["ingest", path, "--run", "bench", "--db", db])
    runs = json.loads(subprocess.run([binary, "runs", "--db", db, "--json", "-"], check=True, capture_output=True).stdout)
    return seconds, peak, runs[0]["spans"]

def row(name, times, rss, **extra):
    return {"name": name, "unit": "s", "median": statistics.median(times), "min": min(times), "max": max(times),
            "repeats": len(times), "peakRSSMB": max(rss), **extra}

folder = tempfile.mkdtemp(prefix="tracegate-store-bench-")
try:
    rows = []
    for backend, make in [("SQLite", lambda i: os.path.join(folder, f"s{i}.sqlite")), ("PostgreSQL", lambda i: fresh_database())]:
        times, rss, spans = [], [], 0
        for index in range(repeats):
            seconds, peak, spans = ingest(make(index))
            times.append(seconds)
            rss.append(peak)
        median = statistics.median(times)
        rows.append(row(f"ingest through the binary into {backend}: {megabytes:.0f} MB, {spans} spans", times, rss,
                        mb_per_s=megabytes / median, spans_per_s=spans / median))
        db = make(repeats)
        for run, file in [("base", "gate-baseline.jsonl"), ("cand", "gate-candidate.jsonl")]:
            timed(["ingest", os.path.join(data, file), "--run", run, "--db", db])
        gate = [timed(["gate", "--golden", os.path.join(data, "golden.yaml"), "--baseline", "base", "--candidate", "cand", "--db", db])
                for _ in range(repeats)]
        rows.append(row(f"gate two stored runs of 10,000 traces in {backend}, 10,000-case golden", [g[0] for g in gate], [g[1] for g in gate]))
    print(json.dumps(rows))
finally:
    shutil.rmtree(folder, ignore_errors=True)
