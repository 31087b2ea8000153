#!/usr/bin/env bash
# The cut-over at scale: time to re-home N generated in-flight dossiers (1,000,000 by default) by applying
# the 2025-07-01 plan of the new Lâm Đồng through the API, as an administrator would, against a plain
# one-statement UPDATE of the same rows on the same database in the same run (and the time to generate
# them); and the latency of dossier look-ups by code while the apply runs, beside the health endpoint's.
source "$(dirname "$0")/lib.sh"

usage() {
	cat <<USAGE
usage: bench/reorg-rehome.sh [--dossiers N] [--rate N] [--batch-size N] [--no-build]
  --dossiers N    in-flight dossiers generated at the old agencies the plan moves; default 1000000
  --rate N        look-ups per second, and health requests per second, during the run; default 20
  --batch-size N  the engine's batch (thongsuot.reorg.batch-size); default: the application's (1000)
  --no-build      use the jar already in target/
The benchmark instance runs from the packaged jar with its own data directory,
target/bench-reorg-rehome/ (wiped at the start; kept after a failed run for a look).
USAGE
}

dossiers=1000000 rate=20 batch="" build=true
while [ $# -gt 0 ]; do
	case "$1" in
	--dossiers) [ $# -ge 2 ] || die_usage "error: --dossiers needs a value"; require_positive_int --dossiers "$2"; dossiers=$2; shift 2 ;;
	--rate) [ $# -ge 2 ] || die_usage "error: --rate needs a value"; require_positive_int --rate "$2"; rate=$2; shift 2 ;;
	--batch-size) [ $# -ge 2 ] || die_usage "error: --batch-size needs a value"; require_positive_int --batch-size "$2"; batch=$2; shift 2 ;;
	--no-build) build=false; shift ;;
	-h | --help) usage; exit 0 ;;
	*) die_usage "error: unknown argument '$1'" ;;
	esac
done
((dossiers <= 9999999)) || die_usage "error: --dossiers must be at most 9999999 (the generated codes have 7 digits)"
((rate <= 500)) || die_usage "error: --rate must be at most 500"

PSQL=$(ls /usr/lib/postgresql/*/bin/psql 2>/dev/null | sort -V | tail -1)
[ -n "$PSQL" ] || PSQL=$(command -v psql || true)
[ -n "$PSQL" ] || { echo "error: psql is missing (Debian: apt-get install postgresql-client)" >&2; exit 1; }

$build && build_jar
[ -f "$JAR" ] || { echo "error: $JAR is missing (run without --no-build)" >&2; exit 1; }
work="$ROOT/target/bench-reorg-rehome"
rm -rf "$work"
mkdir -p "$work"
trap 'status=$?; touch "$work/stop"; stop_app; if [ $status -ne 0 ]; then echo "failed; logs kept in $work" >&2; fi' EXIT
port=$(free_port)
pgport=$(free_port)
data="$work/data"
APP_ARGS="--thongsuot.database.embedded.port=$pgport --thongsuot.dossiers.blob-directory=$data/blobs
	--thongsuot.dossiers.demo.logins-file=$data/demo-logins.txt ${batch:+--thongsuot.reorg.batch-size=$batch}"
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
echo "starting the application on a fresh data directory in $work (load average $load_start)..." >&2
start_app "$data/postgres" "$port" "$work/app.log"
wait_ready "$port" 600 || { tail -50 "$work/app.log" >&2; exit 1; }
admin="admin:$(cat "$data/admin-password.txt")"
base="http://127.0.0.1:$port"
sql() { "$PSQL" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pgport" -U postgres -d postgres "$@"; }

# The plan, as an administrator builds it: the 2025-07-01 merger of Lâm Đồng, Đắk Nông and Bình Thuận from
# the registry's lineage. The dossiers go to the old agencies with one successor (a split commune's
# dossiers would wait for a person in the review queue, which is not what is measured here).
plan=$(curl -sf -u "$admin" -X POST "$base/api/reorg/plans/from-lineage?effectiveDate=2025-07-01&province=68" |
	python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
curl -sf -u "$admin" "$base/api/reorg/plans/$plan/agencies" >"$work/agencies.json"
read -r froms tos agency_count < <(python3 - "$work/agencies.json" <<'PY'
import json, sys
moves = [m for m in json.load(open(sys.argv[1])) if m.get("successorAgencyId") is not None]
print("{" + ",".join(str(m["oldAgencyId"]) for m in moves) + "}",
      "{" + ",".join(str(m["successorAgencyId"]) for m in moves) + "}", len(moves))
PY
)
echo "plan $plan: $agency_count old agencies with one successor" >&2

# Generated bench data, marked as such (code prefix BENCH-, received by 'bench-generated', the procedure name
# says so): N in-flight dossiers spread over those agencies, each with three steps at its agency and its
# receipt in the history, all with the same receipt secret. Straight into the dossier tables, as the test
# fixture (CutoverData) does: the intake path is another benchmark's subject.
secret=BENCHSECRET1
version=$(sql -tA -c "SELECT coalesce(min(id), 1) FROM procedures_version")
echo "generating $dossiers in-flight dossiers..." >&2
gen_start=$(now_ms)
sql <<SQL
BEGIN;
INSERT INTO dossier (code, procedure_code, procedure_version_id, procedure_name, agency_id, agency_name, channel,
                     applicant_name, applicant_id_number, received_by, status, step, received_at, step_started_at,
                     due_at, step_due_at, secret_hash)
SELECT 'BENCH-' || lpad(n::text, 7, '0'), '9.960001', $version,
       'Hồ sơ sinh để đo hiệu năng (dữ liệu thử, không phải hồ sơ thật)', a.ids[1 + n % $agency_count],
       'Cơ quan cũ ' || a.ids[1 + n % $agency_count], 'COUNTER', 'Người nộp thử ' || n,
       '068090' || lpad((n % 1000000)::text, 6, '0'), 'bench-generated',
       CASE WHEN n % 3 = 0 THEN 'PROCESSING' ELSE 'RECEIVED' END, CASE WHEN n % 3 = 0 THEN 1 ELSE 0 END,
       TIMESTAMPTZ '2025-06-01 08:00+07' + (n % 2500000) * INTERVAL '1 second',
       TIMESTAMPTZ '2025-06-01 08:00+07' + (n % 2500000) * INTERVAL '1 second',
       TIMESTAMP '2025-07-08 17:00' + (n % 7) * INTERVAL '1 day', TIMESTAMP '2025-06-30 17:00',
       sha256(convert_to('$secret', 'UTF8'))
  FROM (SELECT CAST('$froms' AS bigint[]) AS ids) a, generate_series(1, $dossiers) AS n;
INSERT INTO dossier_step (dossier_id, position, name, role, agency_id, share_minutes)
SELECT d.id, s.position, s.name, s.role, d.agency_id, s.share
  FROM dossier d, (VALUES (0, 'Tiếp nhận', 'RECEIVER', 240), (1, 'Thẩm định', 'SPECIALIST', 1680),
                          (2, 'Phê duyệt', 'LEADER', 480)) AS s (position, name, role, share)
 WHERE d.received_by = 'bench-generated';
INSERT INTO dossier_history (dossier_id, at, actor, action, to_status, step, note)
SELECT d.id, d.received_at, 'bench-generated', 'RECEIVE', 'RECEIVED', 0, 'COUNTER'
  FROM dossier d WHERE d.received_by = 'bench-generated';
COMMIT;
SQL
gen_ms=$(($(now_ms) - gen_start))
sql -c "VACUUM ANALYZE dossier" -c "VACUUM ANALYZE dossier_step" -c "VACUUM ANALYZE dossier_history"
echo "generated in $gen_ms ms" >&2

# The baseline: the same rows re-homed by one plain UPDATE (no steps, no history, no log, no audit), in a
# transaction rolled back so the real apply finds them where they were; then vacuumed, as the apply would
# otherwise pay for the dead rows.
echo "baseline: one UPDATE of the same rows (rolled back)..." >&2
base_start=$(now_ms)
sql <<SQL
BEGIN;
UPDATE dossier d SET agency_id = m.to_id
  FROM unnest(CAST('$froms' AS bigint[]), CAST('$tos' AS bigint[])) AS m (from_id, to_id)
 WHERE d.agency_id = m.from_id AND d.status NOT IN ('RESULT_RETURNED', 'NOT_ACCEPTED');
ROLLBACK;
SQL
update_ms=$(($(now_ms) - base_start))
sql -c "VACUUM ANALYZE dossier"
echo "baseline UPDATE: $update_ms ms" >&2

# The look-up load: from 10 s before the apply until 3 s after it ends.
python3 -c "
import random, sys
n = $dossiers
for i in random.sample(range(1, n + 1), min(n, 20000)):
    print('BENCH-%07d' % i)" >"$work/codes.txt"
python3 "$ROOT/bench/reorg-lookup-client.py" "$base" "$work/codes.txt" "$secret" "$rate" "$work/stop" \
	"$work/samples.json" &
client=$!
sleep 10
load_apply=$(cut -d' ' -f1-3 /proc/loadavg)
echo "applying the plan through the API (load average $load_apply)..." >&2
apply_start=$(now_ms)
run=$(curl -sf -u "$admin" -X POST "$base/api/reorg/plans/$plan/apply" |
	python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
while :; do
	state=$(curl -sf -u "$admin" "$base/api/reorg/runs/$run" | python3 -c '
import json, sys
r = json.load(sys.stdin)
print(r["status"], r["phase"], r["percent"] if "percent" in r else "", sum(p["moved"] for p in r["progress"]))')
	case "$state" in RUNNING*) ;; *) break ;; esac
	sleep 0.5
done
apply_end=$(now_ms)
apply_ms=$((apply_end - apply_start))
load_apply="$load_apply → $(cut -d' ' -f1-3 /proc/loadavg)"
echo "run $run: $state in $apply_ms ms" >&2
sleep 3
touch "$work/stop"
wait "$client"

curl -sf -u "$admin" "$base/api/reorg/runs/$run/report" >"$work/report.json"
left=$(sql -tA -c "SELECT count(*) FROM dossier WHERE received_by = 'bench-generated'
	AND agency_id = ANY (CAST('$froms' AS bigint[]))")
audited=$(sql -tA -c "SELECT count(*) FROM audit_entry WHERE action = 'DossierTransferred'")
stop_app

out="$work/result.md"
python3 - "$work/samples.json" "$work/report.json" "$apply_start" "$apply_end" "$dossiers" "$gen_ms" "$update_ms" \
	"$apply_ms" "$left" "$audited" "$rate" "$agency_count" "$(date -u +%Y-%m-%d)" "$(commit)" "$(machine)" \
	"$load_start" "$load_apply" "${batch:-1000}" "$state" >"$out" <<'PY'
import json, sys
(samples, report, apply_start, apply_end, n, gen_ms, update_ms, apply_ms, left, audited, rate, agencies, day, commit,
 machine, load_start, load_apply, batch, state) = sys.argv[1:]
apply_start, apply_end, n = int(apply_start), int(apply_end), int(n)
gen_ms, update_ms, apply_ms = int(gen_ms), int(update_ms), int(apply_ms)
samples = json.load(open(samples))
report = json.load(open(report))

def pct(values, p):
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]

def window(kind, during):
    rows = [s for s in samples if s[0] == kind and ((apply_start <= s[1] <= apply_end) == during)
            and (during or s[1] < apply_start)]
    return rows

print("## Re-homing in-flight dossiers at a cut-over\n")
print(f"{day}, commit {commit}, {machine}; `bench/reorg-rehome.sh --dossiers {n} --rate {rate} --batch-size {batch}`. "
      f"Load average (1/5/15 min) at start {load_start}; during the apply {load_apply}.\n")
print(f"The packaged application on a fresh data directory (embedded PostgreSQL 18, fsync and synchronous commit on). "
      f"{n:,} in-flight dossiers generated with SQL `generate_series` straight into the dossier tables (marked: code "
      f"`BENCH-…`, received by `bench-generated`; three steps and a receipt history row each), spread over the "
      f"{agencies} agencies of old units that the 2025-07-01 plan of the new Lâm Đồng (built from the lineage through "
      f"the API) hands to one successor. Then `POST /api/reorg/plans/{{id}}/apply` as the administrator, timed until "
      f"the run's status is no longer RUNNING (batches of {batch}; each batch one transaction: dossiers, their "
      "remaining steps, a TRANSFER history row and an audited `DossierTransferred` each, the move log, the cursor).\n")
print("| what, same database, same run | time (s) | dossiers/s | / plain UPDATE |")
print("| --- | ---: | ---: | ---: |")
print(f"| baseline: one `UPDATE dossier SET agency_id` of the same rows, one statement (rolled back) | "
      f"{update_ms / 1000:.1f} | {n / max(update_ms, 1) * 1000:,.0f} | 1.0 × |")
print(f"| generating them (INSERT … generate_series: dossiers, steps, history) | {gen_ms / 1000:.1f} | "
      f"{n / max(gen_ms, 1) * 1000:,.0f} | {gen_ms / max(update_ms, 1):.1f} × |")
print(f"| **the cut-over's apply through the API** (run {state.split()[0]}) | **{apply_ms / 1000:.1f}** | "
      f"**{n / max(apply_ms, 1) * 1000:,.0f}** | **{apply_ms / max(update_ms, 1):.1f} ×** |")
print(f"\nVerification report: moved {report['moved']:,}, undecided {report['undecided']}, lost {report['lost']}, "
      f"duplicated {report['duplicated']}, consistent {str(report['consistent']).lower()}; generated dossiers still at "
      f"an old agency afterwards: {left}; `DossierTransferred` audit entries: {int(audited):,}.\n")
print(f"Look-ups while it runs: {rate} look-ups/s by code (random generated codes, public read with the receipt's "
      f"secret) and {rate} health requests/s (`/actuator/health`), an open model from a Python client "
      "(`bench/reorg-lookup-client.py`, kept-alive connections); before = the 10 s before the apply.\n")
print("| request | window | requests (failed) | p50 (ms) | p99 (ms) | max (ms) | p50 / health | p99 / health |")
print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
for during, label in ((False, "before the apply"), (True, "during the apply")):
    health = window("health", during)
    hp50 = pct([s[2] for s in health], 50)
    hp99 = pct([s[2] for s in health], 99)
    for kind in ("health", "look-up"):
        rows = window(kind, during)
        lat = [s[2] for s in rows]
        failed = sum(1 for s in rows if s[3] != 200)
        p50, p99 = pct(lat, 50), pct(lat, 99)
        print(f"| {kind} | {label} | {len(rows)} ({failed}) | {p50:.1f} | {p99:.1f} | {max(lat) if lat else 0:.1f} | "
              f"{p50 / hp50:.1f} × | {p99 / hp99:.1f} × |")
PY
cat "$out"
record reorg "$out"
