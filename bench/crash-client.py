#!/usr/bin/env python3
"""Submission load for bench/crash.sh: CLIENTS threads, each submitting one dossier after another
(multipart, two small unique PDFs, an Idempotency-Key), across the application's deaths. Thread i
submits as account i modulo the lines of ACCOUNTS ("user<TAB>password<TAB>agency ids, comma-separated
<TAB>channel": ONLINE for a citizen, COUNTER for a receiver of those agencies). Every acknowledged submission (201, or 200 for a replayed key) is appended to ACK_LOG as
"key<TAB>code<TAB>status". A request without an answer (connection refused or reset, a time-out, a 5xx
while the application dies or starts) is in doubt: the client retries it with the SAME key and the same
bytes until it gets an answer, as a careful client would; the platform must then answer with the one
dossier, never a second. Any other answer (4xx) is a failure. Stops when STOP_FILE exists and every
thread's submission in hand is resolved (or after RESOLVE_SECONDS more).

usage: crash-client.py BASE_URL ACCOUNTS ACK_LOG STOP_FILE CLIENTS RESOLVE_SECONDS
"""
import base64
import json
import os
import random
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid

base, accounts_file, ack_log, stop_file, clients, resolve_seconds = sys.argv[1:]
accounts = []
for line in open(accounts_file, encoding="utf-8"):
    if line.strip():
        user, password, agency_list, channel = line.rstrip("\n").split("\t")
        accounts.append(("Basic " + base64.b64encode(f"{user}:{password}".encode()).decode(),
                         [int(a) for a in agency_list.split(",")], channel))
lock = threading.Lock()
counts = {"acknowledged": 0, "replayed": 0, "in_doubt_retries": 0, "refused": 0, "unresolved": 0}
log = open(ack_log, "a", encoding="utf-8")


def pdf(text):
    return (f"%PDF-1.4\n% {text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            ).encode("ascii")


def body_for(key, agencies, channel):
    boundary = "----crash" + uuid.uuid4().hex
    dossier = json.dumps({"procedureCode": "1.004837", "agencyId": random.choice(agencies), "channel": channel,
                          "applicant": {"name": f"Người nộp thử {key}",
                                        "idNumber": "068090" + f"{random.randrange(1000000):06d}"}},
                         ensure_ascii=False)
    parts = [("dossier", None, "application/json", dossier.encode("utf-8")),
             ("file", "to-khai.pdf", "application/pdf", pdf("to khai " + key)),
             ("component", None, None, "Tờ khai đăng ký giám hộ".encode("utf-8")),
             ("file", "giay-to.pdf", "application/pdf", pdf("giay to " + key)),
             ("component", None, None, "Giấy tờ chứng minh điều kiện giám hộ".encode("utf-8"))]
    out = bytearray()
    for name, filename, ctype, data in parts:
        out += f"--{boundary}\r\n".encode()
        disposition = f'Content-Disposition: form-data; name="{name}"'
        if filename:
            disposition += f'; filename="{filename}"'
        out += (disposition + "\r\n").encode()
        if ctype:
            out += f"Content-Type: {ctype}\r\n".encode()
        else:
            out += b"Content-Type: text/plain; charset=UTF-8\r\n"
        out += b"\r\n" + data + b"\r\n"
    out += f"--{boundary}--\r\n".encode()
    return bytes(out), f"multipart/form-data; boundary={boundary}"


def attempt(auth, key, body, ctype):
    """(status, code) for an answer; None while in doubt."""
    request = urllib.request.Request(base + "/api/dossiers", data=body, method="POST",
                                     headers={"Authorization": auth, "Idempotency-Key": key, "Content-Type": ctype,
                                              "Accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status, json.load(answer)["dossier"]["code"]
    except urllib.error.HTTPError as e:
        if e.code >= 500:
            return None
        return e.code, e.read().decode("utf-8", "replace")[:300]
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError, json.JSONDecodeError):
        return None


def worker(account):
    auth, agencies, channel = account
    while not os.path.exists(stop_file):
        key = str(uuid.uuid4())
        body, ctype = body_for(key, agencies, channel)
        deadline = None
        while True:
            result = attempt(auth, key, body, ctype)
            if result is not None:
                break
            with lock:
                counts["in_doubt_retries"] += 1
            if os.path.exists(stop_file):
                deadline = deadline or time.time() + int(resolve_seconds)
                if time.time() > deadline:
                    with lock:
                        counts["unresolved"] += 1
                    return
            time.sleep(0.2)
        status, detail = result
        with lock:
            if status in (200, 201):
                counts["acknowledged" if status == 201 else "replayed"] += 1
                log.write(f"{key}\t{detail}\t{status}\n")
                log.flush()
            else:
                counts["refused"] += 1
                print(f"refused ({status}): {detail}", file=sys.stderr)


threads = [threading.Thread(target=worker, args=(accounts[i % len(accounts)],), daemon=True)
           for i in range(int(clients))]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.close()
print(json.dumps(counts))
