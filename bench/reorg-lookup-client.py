#!/usr/bin/env python3
"""Look-up load for bench/reorg-rehome.sh: dossier look-ups by code (public read with the receipt's secret)
and the health endpoint (the same-run baseline: HTTP stack plus one database round trip), each at a fixed
rate (an open model: a slow answer does not hold the next request back), until a stop file appears.

usage: reorg-lookup-client.py BASE_URL CODES_FILE SECRET RATE STOP_FILE OUT_JSON

Writes OUT_JSON: a list of samples [kind, start epoch ms, latency ms, HTTP status (0: no answer)].
"""
import http.client
import json
import os
import random
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

base, codes_file, secret, rate, stop_file, out = sys.argv[1:7]
rate = float(rate)
url = urllib.parse.urlparse(base)
codes = [line.strip() for line in open(codes_file, encoding="utf-8") if line.strip()]
samples = []
lock = threading.Lock()
local = threading.local()


def connection():
    # one kept-alive connection per worker thread, as a browser or a portal's backend would hold
    if getattr(local, "conn", None) is None:
        local.conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    return local.conn


def request(kind, path):
    start = time.time()
    status = 0
    for attempt in (1, 2):
        try:
            conn = connection()
            conn.request("GET", path, headers={"Accept": "application/json"})
            response = conn.getresponse()
            response.read()
            status = response.status
            break
        except (http.client.HTTPException, OSError):
            # a kept-alive connection the server closed meanwhile: one fresh try
            local.conn = None
    latency = (time.time() - start) * 1000
    with lock:
        samples.append([kind, int(start * 1000), round(latency, 2), status])


def probe(kind, path_of):
    interval = 1.0 / rate
    pool = ThreadPoolExecutor(max_workers=16)
    due = time.time()
    while not os.path.exists(stop_file):
        pool.submit(request, kind, path_of())
        due += interval
        pause = due - time.time()
        if pause > 0:
            time.sleep(pause)
    pool.shutdown(wait=True)


def lookup_path():
    code = random.choice(codes)
    return "/api/dossiers/" + urllib.parse.quote(code) + "?secret=" + urllib.parse.quote(secret)


threads = [threading.Thread(target=probe, args=("look-up", lookup_path)),
           threading.Thread(target=probe, args=("health", lambda: "/actuator/health"))]
for t in threads:
    t.start()
for t in threads:
    t.join()
with open(out, "w", encoding="utf-8") as f:
    json.dump(samples, f)
