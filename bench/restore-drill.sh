#!/usr/bin/env bash
# Restore drill: a backup taken while the platform runs must bring back exactly what it had.
#
# Starts the packaged application on a throw-away data directory, submits dossiers over the API (online as
# the demo citizen and at the counter as the demo receivers: database rows, audit entries and blob files),
# then, with the application still running and serving, takes an ONLINE PHYSICAL BACKUP of its embedded
# PostgreSQL 18, blob directory and receipt-secret key with ops/backup.sh (the operators' command, see
# docs/operations.md). Then it stops the application, WIPES the data directory, restores with
# ops/restore.sh, starts the application again and compares every table of the
# public schema, row count and md5 of its rows ordered by primary key, before and after: all must be
# equal. It also checks that every file the database records is in the blob store with its hash, and
# that the audit chain verifies (GET /api/audit/verification). Exits non-zero if anything differs.
#
# Why a physical backup and not pg_dump: see ops/backup.sh (Debian's client tools are older than the
# embedded server and refuse it).
source "$(dirname "$0")/lib.sh"

usage() {
	cat <<USAGE
usage: bench/restore-drill.sh [--dossiers N] [--clients N] [--no-build] [--no-record]
  --dossiers N  how many dossiers to submit before the backup (at least); default 300
  --clients N   concurrent submitting clients; default 4
  --no-build    use the jar already in target/
  --no-record   do not write the result into docs/benchmarks.md (CI)
USAGE
}

dossiers=300 clients=4 build=true record_result=true
while [ $# -gt 0 ]; do
	case "$1" in
	--dossiers) [ $# -ge 2 ] || die_usage "error: --dossiers needs a value"; require_positive_int --dossiers "$2"; dossiers=$2; shift 2 ;;
	--clients) [ $# -ge 2 ] || die_usage "error: --clients needs a value"; require_positive_int --clients "$2"; clients=$2; shift 2 ;;
	--no-build) build=false; shift ;;
	--no-record) record_result=false; shift ;;
	-h | --help) usage; exit 0 ;;
	*) die_usage "error: unknown argument '$1'" ;;
	esac
done
((dossiers <= 100000)) || die_usage "error: --dossiers must be at most 100000"
((clients <= 64)) || die_usage "error: --clients must be at most 64"

PSQL=$(command -v psql || ls /usr/lib/postgresql/*/bin/psql 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$PSQL" ]; then
	echo "psql is missing: installing Debian's postgresql-client with apt-get..." >&2
	[ "$(id -u)" -eq 0 ] || { echo "error: not root; install it yourself: sudo apt-get install postgresql-client" >&2; exit 1; }
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-client >/dev/null
	PSQL=$(command -v psql)
fi

$build && build_jar
[ -f "$JAR" ] || { echo "error: $JAR is missing; run without --no-build" >&2; exit 1; }
work=$(mktemp -d)
client_pid="" reader_pid=""
cleanup() {
	local status=$?
	[ -n "$client_pid" ] && kill "$client_pid" 2>/dev/null
	[ -n "$reader_pid" ] && kill "$reader_pid" 2>/dev/null
	stop_app
	# a failed run keeps its directory (logs, backup, snapshots, the data) for a look
	if [ $status -eq 0 ]; then rm -rf "$work"; else echo "failed; everything kept in $work" >&2; fi
}
trap cleanup EXIT
port=$(free_port)
pgport=$(free_port)
data="$work/data"
backup="$work/backup"
mkdir -p "$backup"
APP_ARGS="--thongsuot.database.embedded.port=$pgport --thongsuot.dossiers.blob-directory=$data/blobs
	--thongsuot.dossiers.demo.logins-file=$data/demo-logins.txt"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
started=$SECONDS

start() { # LOG: start on the data directory and wait until it serves
	start_app "$data/postgres" "$port" "$1"
	wait_ready "$port" 600 || { tail -50 "$1" >&2; exit 1; }
}
sql() { "$PSQL" -X -qtA -h 127.0.0.1 -p "$pgport" -U postgres -d postgres -v ON_ERROR_STOP=1 -c "$1"; }
admin_password() { cat "$data/admin-password.txt"; }
verify_audit() { # FILE: GET /api/audit/verification as the administrator; prints a summary, fails if broken
	local answer
	answer=$(curl -s -o "$1" -w '%{http_code}' -u "admin:$(admin_password)" "http://127.0.0.1:$port/api/audit/verification")
	[ "$answer" = 200 ] || { echo "the audit verification answered $answer: $(cat "$1")" >&2; return 1; }
	python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(("valid" if d["valid"] else "BROKEN at %s" % d["firstBrokenSeq"]) + ", %d entries, %d sealed, head %s" % (d["entries"], d["sealed"], d["headSeq"]))' "$1"
}
# snapshot FILE: one line per table of the public schema: name, row count, md5 of its rows as text
# ordered by its primary key (by the whole row where it has none), so any change of any value shows.
snapshot() {
	sql "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1" >"$work/tables"
	: >"$1"
	while read -r table; do
		order=$(sql "SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY k.n)
			FROM pg_index i CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n)
			JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
			WHERE i.indrelid = 'public.$table'::regclass AND i.indisprimary")
		[ -n "$order" ] || order="t::text"
		sql "SELECT '$table', count(*), coalesce(md5(string_agg(t::text, E'\n' ORDER BY $order)), '-')
			FROM public.\"$table\" t" | tr '|' '\t' >>"$1"
	done <"$work/tables"
}

echo "starting the application on a fresh data directory..." >&2
start "$work/app-before.log"
wait_demo_setup "$data/demo-logins.txt"
# The same submissions as bench/crash.sh: the demo citizen online to 20 communes, the demo receivers at
# their counters (a counter receipt is audited), two small PDFs each (blob files).
demo_accounts "$port" "$data/demo-logins.txt" >"$work/accounts.tsv"
echo "submitting $dossiers dossiers with $clients clients..." >&2
t0=$(now_ms)
python3 "$ROOT/bench/crash-client.py" "http://127.0.0.1:$port" "$work/accounts.tsv" \
	"$work/acknowledged.tsv" "$work/stop" "$clients" 60 >"$work/client.json" 2>"$work/client.err" &
client_pid=$!
acks() { wc -l 2>/dev/null <"$work/acknowledged.tsv" || echo 0; }
until (($(acks) >= dossiers)); do
	kill -0 "$client_pid" 2>/dev/null || { echo "the client died:" >&2; cat "$work/client.err" >&2; exit 1; }
	sleep 0.5
done
touch "$work/stop"
wait "$client_pid" || true
client_pid=""
submit_seconds=$(awk -v ms=$(($(now_ms) - t0)) 'BEGIN {printf "%.1f", ms / 1000}')
refused=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("refused", "?"))' "$work/client.json")
[ "$refused" = 0 ] || { echo "submissions were refused:" >&2; cat "$work/client.err" >&2; exit 1; }
acked=$(acks)

# Quiet the writers the drill does not control: the audit trail seals its pending entries when verified,
# and the event outbox completes its publications; then the state is the baseline.
audit_before=$(verify_audit "$work/audit-before.json")
deadline=$((SECONDS + 120))
until [ "$(sql "SELECT count(*) FROM event_publication WHERE completion_date IS NULL")" = 0 ]; do
	((SECONDS > deadline)) && { echo "the event outbox did not drain within 120 s" >&2; exit 1; }
	sleep 1
done
snapshot "$work/before.tsv"

# Anonymous reads keep the platform busy during the backup, to show it serves throughout.
(
	served=0 failed=0
	while [ ! -e "$work/backup-done" ]; do
		if curl -sf -o /dev/null "http://127.0.0.1:$port/api/units/search?q=da+lat"; then served=$((served + 1)); else failed=$((failed + 1)); fi
	done
	echo "$served $failed" >"$work/reads"
) &
reader_pid=$!

echo "online backup while the application runs: ops/backup.sh..." >&2
t0=$(now_ms)
"$ROOT/ops/backup.sh" --port "$pgport" --data "$data" --to "$backup"
backup_ms=$(($(now_ms) - t0))
touch "$work/backup-done"
wait "$reader_pid" || true
reader_pid=""
read -r reads_served reads_failed <"$work/reads"
backup_bytes=$(du -cb "$backup"/* | tail -1 | cut -f1)

# Nothing may have moved while the backup ran, or the baseline would not be what the backup holds.
snapshot "$work/during.tsv"
if ! diff -q "$work/before.tsv" "$work/during.tsv" >/dev/null; then
	echo "the database changed while the backup ran (a writer the drill does not quiet):" >&2
	diff "$work/before.tsv" "$work/during.tsv" >&2
	exit 1
fi

echo "stopping the application and wiping its data directory..." >&2
stop_app
rm -rf "$data/postgres" "$data/blobs" "$data/receipt-secret.key"

echo "restoring: ops/restore.sh..." >&2
t0=$(now_ms)
"$ROOT/ops/restore.sh" --from "$backup" --data "$data"
restore_files_ms=$(($(now_ms) - t0))
start "$work/app-after.log"
restore_ms=$(($(now_ms) - t0))

snapshot "$work/after.tsv"
tables=$(wc -l <"$work/before.tsv")
rows=$(awk -F'\t' '{s += $2} END {print s}' "$work/before.tsv")
differing=$(diff <(sort "$work/before.tsv") <(sort "$work/after.tsv") | grep -c '^>' || true)
dossiers_stored=$(sql "SELECT count(*) FROM dossier")
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
audit_after=$(verify_audit "$work/audit-after.json") || audit_after="FAILED"
stop_app
elapsed=$((SECONDS - started))

ok=true
((differing == 0 && bad_blobs == 0 && dossiers_stored >= acked && reads_failed == 0)) || ok=false
[[ "$audit_after" == valid* ]] || ok=false
if ((differing > 0)); then
	echo "tables that differ after the restore (before / after):" >&2
	join -t $'\t' <(sort "$work/before.tsv") <(sort "$work/after.tsv") | awk -F'\t' '$2 != $4 || $3 != $5' >&2
	comm -3 <(cut -f1 "$work/before.tsv" | sort) <(cut -f1 "$work/after.tsv" | sort) >&2
fi

out=$(mktemp)
python3 - "$dossiers" "$clients" "$acked" "$dossiers_stored" "$submit_seconds" "$tables" "$rows" "$differing" \
	"$backup_bytes" "$backup_ms" "$restore_files_ms" "$restore_ms" "$reads_served" "$reads_failed" "$files" \
	"$bad_blobs" "$audit_before" "$audit_after" "$ok" "$(date -u +%Y-%m-%d)" "$(commit)" "$(machine)" \
	"$load_before" "$(cut -d' ' -f1-3 /proc/loadavg)" "$elapsed" "$work/before.tsv" >"$out" <<'PY'
import sys
(dossiers, clients, acked, stored, submit_s, tables, rows, differing, backup_bytes, backup_ms, restore_files_ms,
 restore_ms, reads_served, reads_failed, files, bad_blobs, audit_before, audit_after, ok, day, commit, machine,
 load_before, load_after, elapsed, before) = sys.argv[1:]
biggest = sorted((line.split("\t") for line in open(before, encoding="utf-8")), key=lambda t: -int(t[1]))[:6]
print("## Restore drill: online backup, wipe, restore, compare\n")
print(f"{day}, commit {commit}, {machine}; `bench/restore-drill.sh --dossiers {dossiers} --clients {clients}`, "
      f"{elapsed} s in all. Load average {load_before} at start, {load_after} at the end.\n")
print(f"{acked} dossiers submitted over the API in {submit_s} s ({clients} clients, online and at the counter, two "
      "PDFs each); then, with the application running and answering reads, an online physical backup of its "
      "embedded PostgreSQL 18 (low-level backup API through psql, WAL held by a temporary replication slot, tar) "
      "and of the blob store and receipt-secret key; the application stopped, its data directory wiped, the "
      "backup restored and the application started on it.\n")
print("| what | result |")
print("| --- | --- |")
print(f"| tables compared (public schema) | {tables}, {int(rows):,} rows |")
print(f"| tables whose row count or md5 (rows ordered by primary key) differ after the restore | **{differing}** |")
print(f"| dossiers after the restore / acknowledged before | {stored} / {acked} |")
print(f"| recorded files missing from the restored blob store or with another hash | **{bad_blobs}** of {files} |")
print(f"| audit chain before the backup | {audit_before} |")
print(f"| audit chain after the restore | {audit_after} |")
print(f"| backup size (database + WAL + files, gzip) | {int(backup_bytes) / 1048576:.1f} MiB |")
print(f"| backup time, application running | {int(backup_ms) / 1000:.1f} s; {reads_served} reads answered meanwhile, "
      f"{reads_failed} failed |")
print(f"| restore time: files back in place / until the application answers UP | {int(restore_files_ms) / 1000:.1f} s / "
      f"{int(restore_ms) / 1000:.1f} s |")
print()
print("Largest tables: " + ", ".join(f"`{t[0]}` {int(t[1]):,}" for t in biggest) + ".")
print(f"\nResult: **{'PASSED' if ok == 'true' else 'FAILED'}**.")
PY
cat "$out"
$record_result && record restore "$out"
$ok
