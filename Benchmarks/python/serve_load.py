#!/usr/bin/env python3
"""Load test of `tracegate serve` from a second process on loopback: starts the server (release
binary) on a free port, POSTs TRACES traces of the gate workload as OTLP protobuf requests of
PER_REQUEST traces each from CONCURRENCY threads with kept-alive connections (retrying a 503 after
its Retry-After), then SIGTERMs the server and counts the spans in its store. Bounded in count and
time. Prints JSON: sustained spans/s, request latency p50/p99 (ms), requests, 503s, spans sent and
stored, the server's peak RSS.
Usage: serve_load.py BINARY GATE.jsonl [TRACES] [PER_REQUEST] [CONCURRENCY] [MAX_PENDING_SPANS] [DATABASE_URL]"""
import atexit, http.client, importlib.util, json, os, re, shutil, signal, statistics, subprocess, sys, tempfile, threading, time

binary, path = sys.argv[1], sys.argv[2]
traces = int(sys.argv[3]) if len(sys.argv) > 3 else 10_000
per_request = int(sys.argv[4]) if len(sys.argv) > 4 else 10
concurrency = int(sys.argv[5]) if len(sys.argv) > 5 else 4
max_pending = sys.argv[6] if len(sys.argv) > 6 else "1000000"
database = sys.argv[7] if len(sys.argv) > 7 else None   # a postgres:// URL; else a new SQLite file
here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("otlp_json_to_proto", os.path.join(here, "../../scripts/otlp_json_to_proto.py"))
convert = importlib.util.module_from_spec(spec)
spec.loader.exec_module(convert)
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest

lines = []
with open(path, encoding="utf-8") as f:
    for line in f:
        if line.strip(): lines.append(json.loads(line))
        if len(lines) == traces: break
bodies, spans_sent = [], 0
for start in range(0, len(lines), per_request):
    request = ExportTraceServiceRequest()
    for document in lines[start:start + per_request]:
        request.MergeFrom(convert.request(document))
    spans_sent += sum(len(s.spans) for r in request.resource_spans for s in r.scope_spans)
    bodies.append(request.SerializeToString())

folder = tempfile.mkdtemp(prefix="tracegate-serve-load-")
atexit.register(shutil.rmtree, folder, True)   # the SQLite store (about 120 MB) goes when the script ends
db = database or os.path.join(folder, "s.sqlite")
server = subprocess.Popen([binary, "serve", "--port", "0", "--db", db, "--run", "load", "--settle-seconds", "0.2",
                           "--max-pending-spans", max_pending],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
port = None
for line in server.stderr:
    found = re.search(r"listening on http://127\.0\.0\.1:(\d+)", line)
    if found: port = int(found.group(1)); break
threading.Thread(target=lambda: [None for _ in server.stderr], daemon=True).start()

latencies, unavailable, lock = [], [0], threading.Lock()
def worker(index):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    for body in bodies[index::concurrency]:
        while True:
            started = time.perf_counter()
            connection.request("POST", "/v1/traces", body=body, headers={"Content-Type": "application/x-protobuf"})
            response = connection.getresponse()
            response.read()
            elapsed = time.perf_counter() - started
            if response.status == 503:
                with lock: unavailable[0] += 1
                time.sleep(float(response.getheader("Retry-After") or 1))
                continue
            assert response.status == 200, response.status
            with lock: latencies.append(elapsed)
            break

started = time.perf_counter()
threads = [threading.Thread(target=worker, args=(i,)) for i in range(concurrency)]
for t in threads: t.start()
for t in threads: t.join(timeout=600)
wall = time.perf_counter() - started
rss = 0
with open(f"/proc/{server.pid}/status") as status:
    for line in status:
        if line.startswith("VmHWM:"): rss = int(line.split()[1]) / 1024
server.send_signal(signal.SIGTERM)
code = server.wait(timeout=120)
runs = json.loads(subprocess.run([binary, "runs", "--db", db, "--json", "-"], check=True, capture_output=True).stdout)
stored = sum(run["spans"] for run in runs if run["name"] == "load")
latencies.sort()
print(json.dumps({"name": "tracegate serve under load (OTLP protobuf over loopback)", "requests": len(bodies), "spans_sent": spans_sent,
                  "spans_stored": stored, "http_503": unavailable[0], "seconds": wall, "spans_per_s": spans_sent / wall,
                  "latency_p50_ms": 1000 * statistics.median(latencies), "latency_p99_ms": 1000 * latencies[int(0.99 * (len(latencies) - 1))],
                  "server_exit": code, "server_peak_rss_mb": rss, "concurrency": concurrency, "traces_per_request": per_request}))
