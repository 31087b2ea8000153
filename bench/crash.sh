#!/usr/bin/env bash
# Crash proof: a submission load runs against the packaged application while it is killed with SIGKILL
# at random moments, N times, and restarted on the same data directory each time. Odd kills take the
# JVM alone (its PostgreSQL lives on, orphaned, as after kill -9 of the service); even kills take the
# JVM and every PostgreSQL process of the data directory at once (as a crash of the machine would, less
# the loss of the OS's page cache). The client retries a submission it got no answer for with the same
# Idempotency-Key. Then it checks that every acknowledged submission is there exactly once, that no
# submission made two dossiers, that the dossier codes are gap-free per agency and day and match the
# counters, that every recorded file is in the blob store with its hash, and (when the application has
# an audit trail) that the audit chain verifies. Exits non-zero if any check fails.
source "$(dirname "$0")/lib.sh"

usage() {
	cat <<USAGE
usage: bench/crash.sh [--kills N] [--clients N] [--seed N] [--no-build] [--no-record]
  --kills N     how many times the application is killed (SIGKILL) and restarted; default 5
  --clients N   concurrent submitting clients; default 8
  --seed N      seed of the random kill moments (2 to 8 s of load after each start); default: random
  --no-build    use the jar already in target/
  --no-record   do not write the result into docs/benchmarks.md (CI)
USAGE
}

kills=5 clients=8 seed=$RANDOM build=true record_result=true
while [ $# -gt 0 ]; do
	case "$1" in
	--kills) [ $# -ge 2 ] || die_usage "error: --kills needs a value"; require_positive_int --kills "$2"; kills=$2; shift 2 ;;
	--clients) [ $# -ge 2 ] || die_usage "error: --clients needs a value"; require_positive_int --clients "$2"; clients=$2; shift 2 ;;
	--seed) [ $# -ge 2 ] || die_usage "error: --seed needs a value"; [[ "$2" =~ ^[0-9]+$ ]] || die_usage "error: --seed must be a whole number, not '$2'"; seed=$2; shift 2 ;;
	--no-build) build=false; shift ;;
	--no-record) record_result=false; shift ;;
	-h | --help) usage; exit 0 ;;
	*) die_usage "error: unknown argument '$1'" ;;
	esac
done
((kills <= 50)) || die_usage "error: --kills must be at most 50"
((clients <= 64)) || die_usage "error: --clients must be at most 64"
RANDOM=$seed

PSQL=$(command -v psql || ls /usr/lib/postgresql/*/bin/psql 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$PSQL" ]; then
	echo "psql is missing: installing Debian's postgresql-client with apt-get..." >&2
	[ "$(id -u)" -eq 0 ] || { echo "error: not root; install it yourself: sudo apt-get install postgresql-client" >&2; exit 1; }
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-client >/dev/null
	PSQL=$(command -v psql)
fi

$build && build_jar
work=$(mktemp -d)
client_pid=""
cleanup() {
	local status=$?
	[ -n "$client_pid" ] && kill "$client_pid" 2>/dev/null
	stop_app
	# a failed run keeps its directory (logs, the client's record, the data) for a look
	if [ $status -eq 0 ]; then rm -rf "$work"; else echo "failed; everything kept in $work" >&2; fi
}
trap cleanup EXIT
port=$(free_port)
pgport=$(free_port)
data="$work/data"
APP_ARGS="--thongsuot.database.embedded.port=$pgport --thongsuot.dossiers.blob-directory=$data/blobs
	--thongsuot.dossiers.demo.logins-file=$data/demo-logins.txt"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
started=$SECONDS

start() { # LOG: start on the data directory and wait until it serves
	start_app "$data/postgres" "$port" "$1"
	wait_ready "$port" 600 || { tail -50 "$1" >&2; exit 1; }
}
sql() { "$PSQL" -qtA -h 127.0.0.1 -p "$pgport" -U postgres -d postgres -c "$1"; }

echo "starting the application on a fresh data directory..." >&2
start "$work/app-0.log"
wait_demo_setup "$data/demo-logins.txt"
# Half the clients submit online as the demo citizen to the People's Committees of 20 communes, the
# others at the counter as the receivers of the demo's three communes (a dossier received at the
# counter is audited).
demo_accounts "$port" "$data/demo-logins.txt" >"$work/accounts.tsv"

python3 "$ROOT/bench/crash-client.py" "http://127.0.0.1:$port" "$work/accounts.tsv" \
	"$work/acknowledged.tsv" "$work/stop" "$clients" 180 >"$work/client.json" 2>"$work/client.err" &
client_pid=$!

acks() { wc -l <"$work/acknowledged.tsv" 2>/dev/null || echo 0; }
kill_log=""
for ((i = 1; i <= kills; i++)); do
	# Some load first, then a random moment within the run.
	before=$(acks)
	until (($(acks) > before + clients)); do
		kill -0 "$client_pid" 2>/dev/null || { echo "the client died:" >&2; cat "$work/client.err" >&2; exit 1; }
		sleep 0.2
	done
	sleep "$((2 + RANDOM % 6)).$((RANDOM % 10))"
	pm=$(head -1 "$data/postgres/postmaster.pid")
	if ((i % 2 == 0)); then
		what="JVM + PostgreSQL"
		pg_children=$(ps -o pid= --ppid "$pm" | tr -d ' ' | tr '\n' ' ')
		kill -KILL "$APP_PID" "$pm" $pg_children 2>/dev/null || true
	else
		what="JVM"
		kill -KILL "$APP_PID"
	fi
	wait "$APP_PID" 2>/dev/null || true
	APP_PID=""
	at=$(acks)
	echo "kill $i ($what) after $at acknowledged submissions; restarting..." >&2
	t0=$(now_ms)
	start "$work/app-$i.log"
	kill_log+="| $i | $what | $at | $(($(now_ms) - t0)) |\n"
done

# A little more load after the last restart, then let every submission in hand resolve.
before=$(acks)
until (($(acks) > before + clients)); do sleep 0.2; done
touch "$work/stop"
wait "$client_pid" || true
client_pid=""
cat "$work/client.err" >&2

# The checks, on the database of the restarted application.
cut -f2 "$work/acknowledged.tsv" | sort >"$work/acked-codes"
sql "COPY (SELECT code FROM dossier ORDER BY code) TO STDOUT" >"$work/db-codes"
acked=$(wc -l <"$work/acked-codes")
acked_unique=$(sort -u "$work/acked-codes" | wc -l)
stored=$(wc -l <"$work/db-codes")
missing=$(comm -23 <(sort -u "$work/acked-codes") "$work/db-codes" | wc -l)
# Two acknowledgements of one code must come from one key (a replay), never two keys.
shared=$(cut -f1,2 "$work/acknowledged.tsv" | sort -u | cut -f2 | sort | uniq -d | wc -l)
duplicates=$(sql "SELECT count(*) FROM (SELECT applicant_name FROM dossier GROUP BY 1 HAVING count(*) > 1) d")
gaps=$(sql "SELECT count(*) FROM (
	SELECT d.agency_id, c.day, count(*) AS n, max(right(d.code, 4)::int) AS top, min(right(d.code, 4)::int) AS low, c.last
	FROM dossier d JOIN dossier_counter c ON c.agency_id = d.agency_id
		AND c.day = to_date(split_part(d.code, '-', 2), 'YYMMDD')
	GROUP BY d.agency_id, c.day, c.last) g WHERE n <> top OR low <> 1 OR last <> top")
uncounted=$(sql "SELECT count(*) FROM dossier d WHERE NOT EXISTS (SELECT 1 FROM dossier_counter c
	WHERE c.agency_id = d.agency_id AND c.day = to_date(split_part(d.code, '-', 2), 'YYMMDD'))")
sql "COPY (SELECT DISTINCT sha256 FROM dossier_file) TO STDOUT" >"$work/hashes"
# Files live in the database (dossier_blob, the default) or, with file-store=directory, in the blob
# directory: each recorded hash must be found in one of them with bytes of that hash.
sql "COPY (SELECT sha256 FROM dossier_blob WHERE encode(sha256(content), 'hex') = sha256) TO STDOUT" \
	>"$work/hashes-in-database"
bad_blobs=0
while read -r h; do
	grep -qx "$h" "$work/hashes-in-database" && continue
	f="$data/blobs/${h:0:2}/${h:2:2}/$h"
	if [ ! -f "$f" ] || [ "$(sha256sum "$f" | cut -d' ' -f1)" != "$h" ]; then bad_blobs=$((bad_blobs + 1)); fi
done <"$work/hashes"
files=$(wc -l <"$work/hashes")
# The audit chain (module audit): GET /api/audit/verification seals what is pending and walks the chain;
# and every dossier received at the counter (DossierReceived) has its entry, committed with it.
audit="not checked: the application has no audit verification endpoint"
audit_ok=true
admin_password=$(cat "$data/admin-password.txt" 2>/dev/null || true)
audit_answer=$(curl -s -o "$work/audit.json" -w '%{http_code}' -u "admin:$admin_password" \
	"http://127.0.0.1:$port/api/audit/verification" || true)
if [ "$audit_answer" = 200 ]; then
	unaudited=$(sql "SELECT count(*) FROM dossier d WHERE d.channel = 'COUNTER' AND NOT EXISTS (SELECT 1
		FROM audit_entry a WHERE a.subject_type = 'dossier' AND a.subject_id = d.code)")
	counter=$(sql "SELECT count(*) FROM dossier WHERE channel = 'COUNTER'")
	summary=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(("valid" if d["valid"] else "BROKEN at %s" % d["firstBrokenSeq"]) + ", %d entries, %d sealed, head %s" % (d["entries"], d["sealed"], d["headSeq"]))' "$work/audit.json")
	audit="$summary; counter receipts without their entry: **$unaudited** of $counter"
	[[ "$summary" == valid* && "$unaudited" == 0 ]] || audit_ok=false
elif [ "$audit_answer" != 404 ]; then
	audit="FAILED: the verification answered $audit_answer"
	audit_ok=false
fi
stop_app
client=$(cat "$work/client.json")
elapsed=$((SECONDS - started))

ok=true
((missing == 0 && shared == 0 && duplicates == 0 && gaps == 0 && uncounted == 0 && bad_blobs == 0 && acked > 0)) || ok=false
$audit_ok || ok=false

out=$(mktemp)
python3 - "$client" "$kills" "$clients" "$seed" "$acked" "$acked_unique" "$stored" "$missing" "$shared" \
	"$duplicates" "$gaps" "$uncounted" "$files" "$bad_blobs" "$audit" "$ok" "$(printf "$kill_log")" \
	"$(date -u +%Y-%m-%d)" "$(commit)" "$(machine)" "$load_before" "$(cut -d' ' -f1-3 /proc/loadavg)" "$elapsed" \
	>"$out" <<'PY'
import json, sys
(client, kills, clients, seed, acked, acked_unique, stored, missing, shared, duplicates, gaps, uncounted, files,
 bad_blobs, audit, ok, kill_log, day, commit, machine, load_before, load_after, elapsed) = sys.argv[1:]
c = json.loads(client or "{}")
print("## Crash proof: SIGKILL during a submission run\n")
print(f"{day}, commit {commit}, {machine}; `bench/crash.sh --kills {kills} --clients {clients} --seed {seed}`, "
      f"{elapsed} s in all. Load average {load_before} at start, {load_after} at the end.\n")
print(f"{clients} clients submitted dossiers (multipart, two small PDFs, an `Idempotency-Key`) without pause while "
      f"the application was killed {kills} times with SIGKILL at a random moment 2–8 s into the load and restarted "
      "on the same data directory; odd kills took the JVM alone (its PostgreSQL orphaned), even kills the JVM and "
      "every PostgreSQL process at once. A submission without an answer was retried with the same key until "
      "answered.\n")
print("| kill | what was killed | acknowledged before it | restart to ready (ms) |")
print("| ---: | --- | ---: | ---: |")
print(kill_log.strip())
print()
print("| check | result |")
print("| --- | --- |")
print(f"| submissions acknowledged to the client (201; 200 = replay of a key after a lost answer) | "
      f"{acked} ({c.get('acknowledged', '?')} × 201, {c.get('replayed', '?')} × 200); {c.get('in_doubt_retries', '?')} "
      f"retries of answers lost in a kill; {c.get('refused', '?')} refused; {c.get('unresolved', '?')} unresolved |")
print(f"| acknowledged codes missing after the restarts | **{missing}** of {acked_unique} |")
print(f"| codes acknowledged for two different submissions | **{shared}** |")
print(f"| submissions stored twice (same applicant name = same key) | **{duplicates}** ({stored} dossiers stored) |")
print(f"| agencies and days whose numbers are not exactly 1..n, or whose counter is not n | **{gaps}** |")
print(f"| dossiers without a counter row | **{uncounted}** |")
print(f"| recorded files missing from the blob store or with another hash | **{bad_blobs}** of {files} |")
print(f"| audit chain | {audit} |")
print(f"\nResult: **{'PASSED' if ok == 'true' else 'FAILED'}**.")
PY
cat "$out"
$record_result && record crash "$out"
$ok
