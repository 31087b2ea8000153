#!/usr/bin/env bash
# Online dossier intake over HTTP (acknowledged = 201, sent only after the commit) against pgbench's
# one-row INSERT ceiling on the same embedded PostgreSQL, in the same run, with the same number of
# clients; latency of a dossier look-up and of an official's work queue under that load beside the
# health endpoint's; and the smallest heap (-Xmx steps) that sustains the intake.
source "$(dirname "$0")/lib.sh"

usage() {
	cat <<USAGE
usage: bench/dossier-intake.sh [--clients N] [--seconds N] [--probe-rate N] [--floor-seconds N]
                               [--heaps LIST|none] [--heap-seconds N] [--no-build]
  --clients N       concurrent submitting clients, and pgbench's client count; default 16
  --seconds N       how long the measured intake and the pgbench ceiling each last; default 60
  --probe-rate N    requests per second of each probe under load (health, look-up, work queue); default 5
  --floor-seconds N how long each floor request (health, a static file, health on kept-alive connections)
                    runs after the intake; default 20
  --heaps LIST      comma-separated -Xmx steps to try after the main run, e.g. 256m,384m,512m (the default);
                    'none' skips them
  --heap-seconds N  how long the intake runs at each heap step; default 30
  --no-build        use the jar already in target/
USAGE
}

clients=16 seconds=60 probe=5 floor_seconds=20 heaps="256m,384m,512m" heap_seconds=30 build=true
while [ $# -gt 0 ]; do
	case "$1" in
	--clients) [ $# -ge 2 ] || die_usage "error: --clients needs a value"; require_positive_int --clients "$2"; clients=$2; shift 2 ;;
	--seconds) [ $# -ge 2 ] || die_usage "error: --seconds needs a value"; require_positive_int --seconds "$2"; seconds=$2; shift 2 ;;
	--probe-rate) [ $# -ge 2 ] || die_usage "error: --probe-rate needs a value"; require_positive_int --probe-rate "$2"; probe=$2; shift 2 ;;
	--floor-seconds) [ $# -ge 2 ] || die_usage "error: --floor-seconds needs a value"; require_positive_int --floor-seconds "$2"; floor_seconds=$2; shift 2 ;;
	--heaps)
		[ $# -ge 2 ] || die_usage "error: --heaps needs a value"
		[[ "$2" == none || "$2" =~ ^[1-9][0-9]*[mMgG](,[1-9][0-9]*[mMgG])*$ ]] ||
			die_usage "error: --heaps must be sizes like 256m,512m,1g or 'none', not '$2'"
		heaps=$2; shift 2 ;;
	--heap-seconds) [ $# -ge 2 ] || die_usage "error: --heap-seconds needs a value"; require_positive_int --heap-seconds "$2"; heap_seconds=$2; shift 2 ;;
	--no-build) build=false; shift ;;
	-h | --help) usage; exit 0 ;;
	*) die_usage "error: unknown argument '$1'" ;;
	esac
done
((seconds >= 20)) || die_usage "error: --seconds must be at least 20 (the probes start after a warm-up)"
((clients <= 150)) || die_usage "error: --clients must be at most 150 (the embedded PostgreSQL allows 200 connections)"

# pgbench comes with Debian's PostgreSQL server package (postgresql-NN, pulled in by postgresql-contrib).
find_pgbench() {
	ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | sort -V | tail -1
}
PGBENCH=$(find_pgbench)
if [ -z "$PGBENCH" ]; then
	echo "pgbench is missing: installing Debian's postgresql-contrib (which brings pgbench) with apt-get..." >&2
	if [ "$(id -u)" -ne 0 ]; then
		echo "error: not root; install it yourself: sudo apt-get install postgresql-contrib" >&2
		exit 1
	fi
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-contrib >/dev/null
	PGBENCH=$(find_pgbench)
	[ -n "$PGBENCH" ] || { echo "error: pgbench still not found after installing postgresql-contrib" >&2; exit 1; }
fi
PSQL="$(dirname "$PGBENCH")/psql"

# gc_lines LOG: how many lines the GC log has now; gc_pauses LOG FROM: "PAUSE_MS PAUSES FULL_GCS" of the
# lines after FROM (unified logging -Xlog:gc: "... Pause Young (Normal) ... 150M->20M(384M) 3.456ms").
gc_lines() { wc -l <"$1" 2>/dev/null || echo 0; }
gc_pauses() {
	tail -n +"$(($2 + 1))" "$1" | awk '/Pause/ && $NF ~ /ms$/ {ms += substr($NF, 1, length($NF) - 2); n++}
		/Pause Full/ {full++} END {printf "%.1f %d %d", ms, n, full}'
}

$build && build_jar
work=$(mktemp -d)
# A failed run keeps its directory (application and PostgreSQL logs) for a look.
trap 'status=$?; stop_app; if [ $status -eq 0 ]; then rm -rf "$work"; else echo "failed; logs kept in $work" >&2; fi' EXIT
port=$(free_port)
pgport=$(free_port)
data="$work/data"
APP_ARGS="--thongsuot.database.embedded.port=$pgport --thongsuot.dossiers.blob-directory=$data/blobs
	--thongsuot.dossiers.demo.logins-file=$data/demo-logins.txt"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "starting the application on a fresh data directory (load average $load_before)..." >&2
# GC log (pauses) of every run: the heap steps are judged by the time their measured window spent in GC.
APP_JAVA_OPTS="-Xlog:gc:file=$work/gc-main.log" start_app "$data/postgres" "$port" "$work/app.log"
wait_ready "$port" 600 || { tail -50 "$work/app.log" >&2; exit 1; }

# The demo setup (officials, the citizen, the configured procedure) runs just after start.
wait_demo_setup "$data/demo-logins.txt"
password() { awk -F'\t' -v u="$1" '$1 == u {print $2}' "$data/demo-logins.txt"; }
citizen_password=$(password demo.congdan)
official_password=$(password demo.xa1.tiepnhan)

# The People's Committees of Lâm Đồng's 124 communes: each may receive the demo procedure ("the commune
# of submission"), as each commune's citizens would. The first is the demo official's commune.
agencies=$(commune_committees "$port")
[ -n "$agencies" ] || { echo "no commune People's Committees found in province 68" >&2; exit 1; }

# gatling USERS SECONDS: one intake run; the report replaces the previous one
gatling() {
	run_gatling DossierIntakeSimulation "$port" -Dusers="$1" -Dseconds="$2" -DprobeRate="$probe" \
		-Dcitizen=demo.congdan -DcitizenPassword="$citizen_password" \
		-Dofficial=demo.xa1.tiepnhan -DofficialPassword="$official_password" -Dagencies="$agencies" >&2 || true
}

echo "warming up (20 s)..." >&2
gatling "$clients" 20
echo "measuring the intake: $clients clients for $seconds s..." >&2
load_intake=$(cut -d' ' -f1-3 /proc/loadavg)
gc_from=$(gc_lines "$work/gc-main.log")
cpu_from=$(cpu_snapshot "$APP_PID" "$data/postgres")
gatling "$clients" "$seconds"
cpu_main="$cpu_from $(cpu_snapshot "$APP_PID" "$data/postgres")"
gc_main=$(gc_pauses "$work/gc-main.log" "$gc_from")
stats=$(gatling_requests)
load_intake="$load_intake → $(cut -d' ' -f1-3 /proc/loadavg)"

# The floor: the cheapest requests the application answers, sent like the submissions (same clients, each
# request on its own connection, same load generator): no submission can be faster than these.
floor() { # PATH NAME [SHARE]: one floor run; prints "NAME<TAB>ok ko p50 p99"
	run_gatling HttpFloorSimulation "$port" -Dusers="$clients" -Dseconds="$floor_seconds" -Dpath="$1" -Dname="$2" \
		-Dshare="${3:-false}" >&2 || true
	gatling_requests | python3 -c '
import json, sys
s = json.load(sys.stdin).get(sys.argv[1], {"total": 0, "ko": 0, "p50": 0, "p99": 0})
print(sys.argv[1] + "\t" + " ".join(str(x) for x in (s["total"] - s["ko"], s["ko"], s["p50"], s["p99"])))' "$2"
}
echo "measuring the floor: GET /actuator/health, a static file, and health again on kept-alive connections, $clients clients for $floor_seconds s each..." >&2
floor_rows="$(floor /actuator/health "GET /actuator/health")
$(floor /css/app.css "GET /css/app.css")
$(floor /actuator/health "GET /actuator/health, kept-alive connections" true)"

# The ceiling: one-row INSERTs, one transaction each (autocommit), on the same server, same clients.
echo "measuring the pgbench ceiling: $clients clients for $seconds s..." >&2
"$PSQL" -q -h 127.0.0.1 -p "$pgport" -U postgres -d postgres -c "DROP DATABASE IF EXISTS intake_ceiling" \
	-c "CREATE DATABASE intake_ceiling"
"$PSQL" -q -h 127.0.0.1 -p "$pgport" -U postgres -d intake_ceiling -c "CREATE TABLE receipt_ceiling (
	id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, agency_id bigint NOT NULL,
	received_at timestamptz NOT NULL DEFAULT now(), payload text NOT NULL)"
cat >"$work/insert.sql" <<'SQL'
\set agency random(1, 124)
INSERT INTO receipt_ceiling (agency_id, payload) VALUES (:agency, 'Người nộp thử, 068090123456, 1.004837, đăng ký giám hộ');
SQL
load_ceiling=$(cut -d' ' -f1-3 /proc/loadavg)
"$PGBENCH" -n -h 127.0.0.1 -p "$pgport" -U postgres -c "$clients" -j 2 -T "$seconds" -f "$work/insert.sql" \
	intake_ceiling >"$work/pgbench.txt" 2>&1
cat "$work/pgbench.txt" >&2
load_ceiling="$load_ceiling → $(cut -d' ' -f1-3 /proc/loadavg)"
"$PSQL" -q -h 127.0.0.1 -p "$pgport" -U postgres -d postgres -c "DROP DATABASE intake_ceiling"
rows=$("$PSQL" -qtA -h 127.0.0.1 -p "$pgport" -U postgres -d postgres -c \
	"SELECT count(*) || ' dossiers, ' || (SELECT count(*) FROM dossier_file) || ' files' FROM dossier")

# The heap: restart on the same data directory with each -Xmx, run the intake, see whether it keeps up.
heap_rows=""
if [ "$heaps" != none ]; then
	for heap in ${heaps//,/ }; do
		stop_app
		echo "heap step -Xmx$heap: restarting and running the intake for $heap_seconds s..." >&2
		APP_JAVA_OPTS="-Xmx$heap -Xlog:gc:file=$work/gc-$heap.log" start_app "$data/postgres" "$port" "$work/app-$heap.log"
		if ! wait_ready "$port" 600; then
			heap_rows+="$heap 0 0 0 did-not-start\n"
			continue
		fi
		# the same 20 s warm-up as the main run, so a step is compared warm against warm
		gatling "$clients" 20
		gc_from=$(gc_lines "$work/gc-$heap.log")
		gatling "$clients" "$heap_seconds"
		gc_step=$(gc_pauses "$work/gc-$heap.log" "$gc_from")
		oom=$(grep -c OutOfMemoryError "$work/app-$heap.log" || true)
		heap_rows+="$heap $(gatling_requests | python3 -c '
import json, sys
s = json.load(sys.stdin).get("submit dossier", {"total": 0, "ko": 0})
print(s["total"] - s["ko"], s["ko"])') $oom $gc_step\n"
	done
fi
stop_app

out=$(mktemp)
python3 - "$stats" "$work/pgbench.txt" "$clients" "$seconds" "$probe" "$heap_seconds" "$(printf "$heap_rows")" \
	"$(date -u +%Y-%m-%d)" "$(commit)" "$(machine)" "$load_before" "$load_intake" "$load_ceiling" "$rows" \
	"$heaps" "$gc_main" "$cpu_main" "$(getconf CLK_TCK)" "$floor_rows" "$floor_seconds" >"$out" <<'PY'
import json, os, re, sys
(stats, pgbench, clients, seconds, probe, heap_seconds, heap_rows, day, commit, machine, load_before,
 load_intake, load_ceiling, rows, heaps, gc_main, cpu_main, tick, floor_rows, floor_seconds) = sys.argv[1:]
requests = json.loads(stats)
seconds, clients = int(seconds), int(clients)
text = open(pgbench).read()
tps = float(re.search(r"tps = ([0-9.]+) \(without initial connection time\)", text).group(1))
latency = float(re.search(r"latency average = ([0-9.]+) ms", text).group(1))
submit = requests["submit dossier"]
ok = submit["total"] - submit["ko"]
rate = ok / seconds
print("## Dossier intake over HTTP against the database's insert ceiling\n")
print(f"{day}, commit {commit}, {machine}; `bench/dossier-intake.sh --clients {clients} --seconds {seconds} "
      f"--probe-rate {probe} --floor-seconds {floor_seconds} --heaps {heaps} --heap-seconds {heap_seconds}`. Load average (1/5/15 min) at start "
      f"{load_before}; during the intake {load_intake}; during pgbench {load_ceiling}.\n")
print(f"The packaged application on a fresh data directory (embedded PostgreSQL 18, fsync and synchronous "
      f"commit on), after a 20 s warm-up; {clients} Gatling clients each submitting one dossier after another "
      f"for {seconds} s as the demo citizen (HTTP basic, multipart: the JSON part and two unique ~1.5 kB PDFs, an "
      "`Idempotency-Key`), spread over the People's Committees of Lâm Đồng's 124 communes. Acknowledged = `201`, "
      "sent only after the commit (dossier row, 3 steps, 2 files stored durably, history, counter, idempotency "
      f"record). Then pgbench on the same PostgreSQL, same {clients} clients, same {seconds} s: one-row INSERTs "
      "into a fresh table (primary key, ~80-byte row), one transaction each (`bench/dossier-intake.sh` writes "
      f"the script). Afterwards the database held {rows}.\n")
print("| what | per second | p50 (ms) | p99 (ms) | failed | / ceiling |")
print("| --- | ---: | ---: | ---: | ---: | ---: |")
print(f"| ceiling: pgbench one-row INSERT, {clients} clients | {tps:.0f} | | (mean {latency:.1f}) | | 100 % |")
print(f"| dossier submissions acknowledged (201), {clients} clients | {rate:.1f} | {submit['p50']} | {submit['p99']} "
      f"| {submit['ko']} | **{100 * rate / tps:.1f} %** |")
floors = [(line.split("\t")[0], [int(x) for x in line.split("\t")[1].split()])
          for line in floor_rows.splitlines() if "\t" in line]
for name, (good, ko, p50, p99) in floors:
    r = good / int(floor_seconds)
    print(f"| floor: `{name}`, {clients} clients, {floor_seconds} s | {r:.1f} | {p50} | {p99} | {ko} | "
          f"{100 * r / tps:.1f} % |")
print("\nThe issue asks for at least 30 % of the ceiling, 50 % as the goal.\n")
if floors:
    print("The floor rows are the cheapest requests the application answers (the health check: the HTTP stack and "
          "one database round trip, no authentication, no body, nothing written; a static file: the HTTP stack "
          "alone), sent by the same load generator in the same way as the submissions (same clients, closed model, "
          "each request on its own connection) right after the intake, on the same machine; the last row sends "
          "the health check over a shared pool of kept-alive connections instead, as a server such as the National "
          "Public Service Portal would, the most generous floor. A submission does "
          "all of that and more (HTTP basic, a multipart body with two files, JSON in and out, a transaction that "
          "writes the dossier, its steps, files, history, day counter and idempotency record, and waits for its WAL flush), so its rate cannot exceed theirs: the floor's share of "
          "the ceiling bounds what any submission can reach on this machine with this stack.\n")
c = [int(x) for x in cpu_main.split()]
ms = 1000 / int(tick)
acknowledged = submit["total"] - submit["ko"]
if acknowledged:
    app_ms, pg_ms, all_ms = ((c[i + 3] - c[i]) * ms / acknowledged for i in range(3))
    print(f"Where the CPU went during the measured run (from /proc; per acknowledged submission, the probes "
          f"included): the application's JVM **{app_ms:.2f} ms**, its PostgreSQL **{pg_ms:.2f} ms**, everything "
          f"else on the machine (the Gatling load generator with its Maven start, other users) {all_ms - app_ms - pg_ms:.2f} ms. "
          f"For 30 % of this ceiling on {os.cpu_count()} cores, all of it together would have to fit in "
          f"{os.cpu_count() * 1000 / (0.3 * tps):.2f} ms.\n")
print(f"Latency under that load: {probe} requests/s of each probe during the measured run (after its first 5 s); "
      "the look-ups read codes the intake had just received, with the receipt's secret (public read); the work "
      "queue is `/dossiers` (HTML) for the receiver of the first commune, logged in once with a form login.\n")
print("| request under the intake load | requests (failed) | p50 (ms) | p99 (ms) | max (ms) | p50 / health | p99 / health |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
base = requests["baseline: health"]
for name in ["baseline: health", "dossier look-up by code", "work queue page"]:
    s = requests.get(name)
    if s is None:
        print(f"| {name} | missing | | | | | |")
        continue
    print(f"| {name} | {s['total']} ({s['ko']}) | {s['p50']} | {s['p99']} | {s['max']} | "
          f"{s['p50'] / max(base['p50'], 1):.1f} × | {s['p99'] / max(base['p99'], 1):.1f} × |")
print("\nGatling reports whole milliseconds; a ratio over a 0 ms baseline is taken over 1 ms.")
# Judged by GC, not by the rate: on a shared 2-core machine a step's rate moves with whatever else runs
# (one run at load 25 gave 10-12 % of the main run for every heap from 512m to 1g), while the time the
# measured window spends in GC pauses and whether a full GC happens depend on the heap alone.
GC_SHARE_LIMIT = 5.0
def gc_share(fields, window_s):
    ms, pauses, full = float(fields[0]), int(fields[1]), int(fields[2])
    return ms, pauses, full, 100 * ms / (window_s * 1000)
main_ms, main_pauses, main_full, main_share = gc_share(gc_main.split(), seconds)
print(f"\nGC in the main run (default heap, a quarter of the machine's memory): {main_pauses} pauses, "
      f"{main_ms:.0f} ms = {main_share:.1f} % of the {seconds} s, {main_full} full GCs.")
if heap_rows.strip():
    print(f"\nHeap: the application restarted on the same data directory with each `-Xmx` (GC log on), warmed up "
          f"for 20 s like the main run, then the same {clients} clients for {heap_seconds} s. Sustained = no failed "
          f"submission, no OutOfMemoryError, no full GC, and at most {GC_SHARE_LIMIT:.0f} % of the measured window "
          f"in GC pauses. The rate beside the main run's ({rate:.1f}/s) is shown but not judged: it moves with the "
          "machine's other load.\n")
    print("| -Xmx | submissions/s | failed | OutOfMemoryError lines | GC pauses | in GC pauses | full GCs | rate / main run | sustained |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    smallest = None
    for line in heap_rows.strip().splitlines():
        fields = line.split()
        heap, good, ko, oom = fields[:4]
        if len(fields) < 7:
            print(f"| {heap} | did not start | | | | | | | no |")
            continue
        ms, pauses, full, share = gc_share(fields[4:7], int(heap_seconds))
        r = int(good) / int(heap_seconds)
        sustained = int(ko) == 0 and int(oom) == 0 and full == 0 and share <= GC_SHARE_LIMIT and int(good) > 0
        if sustained and smallest is None:
            smallest = heap
        print(f"| {heap} | {r:.1f} | {ko} | {oom} | {pauses} | {share:.1f} % | {full} | {100 * r / rate:.0f} % | "
              f"{'yes' if sustained else 'no'} |")
    print(f"\nSmallest heap that sustained the intake: **{smallest or 'none of those tried'}**.")
PY
cat "$out"
record dossier-intake "$out"
