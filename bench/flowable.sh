#!/usr/bin/env bash
# The same dossier life (receipt with one file, three processing steps, return of the result) done by our
# platform and by Flowable 8 embedded (an equivalent BPMN process, history level full) on the same
# PostgreSQL in the same run, as completed lives per second at each thread count, and the ratio
# ours / Flowable. Flowable lives only in bench/flowable (its own Maven project, not part of the build).
source "$(dirname "$0")/lib.sh"

usage() {
	cat <<USAGE
usage: bench/flowable.sh [--threads LIST] [--seconds N] [--warmup N] [--rounds N] [--profile] [--no-build]
  --threads LIST  comma-separated thread counts, each measured on both sides; default 4,8,16 (at most 64)
  --seconds N     length of each measured window; default 30
  --warmup N      unmeasured warm-up of each side's JVM, at the largest thread count; default 20 (0: none)
  --rounds N      times each side is started and measured; the order alternates per round (odd rounds ours
                  first) and the table gives the median of the rounds; default 1
  --profile       load pg_stat_statements and report, per side, what one life costs in the database
                  (statements, transactions, rows, WAL, the statements most run); it costs both sides a little, so
                  the section says the figures were taken with it
  --no-build      use the application jar already in target/ (its .jar.original must be there too)
Each side runs in its own JVM (JAVA_OPTS of both: BENCH_JAVA_OPTS) against one embedded PostgreSQL 18
started for the run, with a database per side.
USAGE
}

threads="4,8,16" seconds=30 warmup=20 rounds=1 build=true profile=false
while [ $# -gt 0 ]; do
	case "$1" in
	--threads)
		[ $# -ge 2 ] || die_usage "error: --threads needs a value"
		[[ "$2" =~ ^[1-9][0-9]*(,[1-9][0-9]*)*$ ]] || die_usage "error: --threads must be like 4,8,16, not '$2'"
		for t in ${2//,/ }; do ((t <= 64)) || die_usage "error: at most 64 threads (each side's pool has 20 connections), not $t"; done
		threads=$2; shift 2 ;;
	--seconds) [ $# -ge 2 ] || die_usage "error: --seconds needs a value"; require_positive_int --seconds "$2"; seconds=$2; shift 2 ;;
	--warmup)
		[ $# -ge 2 ] || die_usage "error: --warmup needs a value"
		[[ "$2" =~ ^(0|[1-9][0-9]*)$ ]] || die_usage "error: --warmup must be a whole number of seconds, not '$2'"
		warmup=$2; shift 2 ;;
	--rounds) [ $# -ge 2 ] || die_usage "error: --rounds needs a value"; require_positive_int --rounds "$2"; rounds=$2; shift 2 ;;
	--profile) profile=true; shift ;;
	--no-build) build=false; shift ;;
	-h | --help) usage; exit 0 ;;
	*) die_usage "error: unknown argument '$1'" ;;
	esac
done

PLAIN_JAR="$JAR.original"
if $build || [ ! -f "$JAR" ] || [ ! -f "$PLAIN_JAR" ]; then
	build_jar
fi
echo "building the benchmark project (bench/flowable)..." >&2
BENCH="$ROOT/bench/flowable"
(cd "$ROOT" && ./mvnw -q -B -f bench/flowable/pom.xml package dependency:build-classpath \
	-Dmdep.outputFile=target/runtime-classpath.txt -DincludeScope=runtime) >&2
FLOWABLE_CP="$BENCH/target/classes:$(cat "$BENCH/target/runtime-classpath.txt")"

work=$(mktemp -d)
PG_PID="" SIDE_PID=""
stop_pid() { if [ -n "$1" ] && kill -0 "$1" 2>/dev/null; then kill "$1"; wait "$1" 2>/dev/null || true; fi; }
# A failed run keeps its directory (the logs of each JVM and of PostgreSQL) for a look.
trap 'status=$?; stop_pid "$SIDE_PID"; stop_pid "$PG_PID"; if [ $status -eq 0 ]; then rm -rf "$work"; else echo "failed; logs kept in $work" >&2; fi' EXIT

# Our side and the PostgreSQL server run inside the application's executable jar, so that they get exactly
# its libraries (and zonky's PostgreSQL 18 binaries); this project's classes come in through loader.path.
# Always started in the background (&): exec makes the JVM the background process itself, so that $! is its
# id and stopping it (its shutdown hooks stop PostgreSQL) does not leave it running behind a subshell.
in_app_jar() { # MAIN_CLASS ARGS...
	local main=$1; shift
	exec "$JAVA" ${BENCH_JAVA_OPTS:-} -Dloader.path="$BENCH/target/classes" -Dloader.main="$main" "${SYS_PROPS[@]}" \
		-cp "$JAR" org.springframework.boot.loader.launch.PropertiesLauncher "$@"
}

pgport=$(free_port)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "starting PostgreSQL 18 (embedded, fsync and synchronous commit on) on port $pgport (load average $load_before)..." >&2
SYS_PROPS=()
pg_args=("$work/postgres" "$pgport"); $profile && pg_args+=(profile)
in_app_jar bench.flowable.BenchPostgres "${pg_args[@]}" >"$work/postgres.out" 2>"$work/postgres.log" &
PG_PID=$!
deadline=$((SECONDS + 120))
until grep -q '^ready$' "$work/postgres.out" 2>/dev/null; do
	kill -0 "$PG_PID" 2>/dev/null || { cat "$work/postgres.log" >&2; exit 1; }
	((SECONDS > deadline)) && { echo "PostgreSQL did not start within 120 s" >&2; exit 1; }
	sleep 0.2
done

lives_args=(--threads "$threads" --warmup "$warmup" --seconds "$seconds")
$profile && lives_args+=(--profile "$work/profile.md")
file_store=""

ours() { # ROUND
	echo "round $1: our platform..." >&2
	SYS_PROPS=(-Dspring.datasource.url="jdbc:postgresql://127.0.0.1:$pgport/thongsuot"
		-Dspring.datasource.username=postgres -Dserver.port=0 -Dlogging.level.root=WARN
		-Dthongsuot.dossiers.blob-directory="$work/blobs" -Dthongsuot.dossiers.demo.enabled=false
		-Dthongsuot.dossiers.demo.logins-file="$work/demo-logins.txt"
		-Dthongsuot.identity.initial-admin.password-file="$work/admin-password.txt")
	in_app_jar bench.flowable.OurPlatform "${lives_args[@]}" --out "$work/round-$1.jsonl" \
		>>"$work/ours.out" 2>>"$work/ours.log" &
	SIDE_PID=$!
	wait "$SIDE_PID" || { tail -60 "$work/ours.log" >&2; exit 1; }
	SIDE_PID=""
	SYS_PROPS=()
	# Where our side put the submitted files decides where Flowable's side puts them: the same durable
	# write to a directory (fsync'd file, then the directory), or into the database in the same transaction.
	if [ -z "$file_store" ]; then
		if [ -n "$(find "$work/blobs" -type f 2>/dev/null | head -1)" ]; then file_store=directory; else file_store=database; fi
		echo "our platform stored the files in the $file_store: Flowable's side will do the same" >&2
	fi
}

flowable() { # ROUND
	echo "round $1: Flowable..." >&2
	"$JAVA" ${BENCH_JAVA_OPTS:-} -cp "$FLOWABLE_CP" bench.flowable.FlowableEngine "${lives_args[@]}" \
		--out "$work/round-$1.jsonl" --jdbc "jdbc:postgresql://127.0.0.1:$pgport/flowable" \
		--files "$work/flowable-files" --file-store "$file_store" >>"$work/flowable.out" 2>>"$work/flowable.log" &
	SIDE_PID=$!
	wait "$SIDE_PID" || { tail -60 "$work/flowable.log" >&2; exit 1; }
	SIDE_PID=""
}

loads=""
for ((round = 1; round <= rounds; round++)); do
	load_round=$(cut -d' ' -f1-3 /proc/loadavg)
	if ((round % 2 == 1)); then ours "$round"; flowable "$round"; else flowable "$round"; ours "$round"; fi
	loads+="round $round: $load_round → $(cut -d' ' -f1-3 /proc/loadavg); "
done
cat "$work"/ours.log "$work"/flowable.log | grep -E '^(ours|flowable): ' >&2 || true

out=$(mktemp)
python3 - "$work" "$rounds" "$threads" "$seconds" "$warmup" "$file_store" "$(date -u +%Y-%m-%d)" "$(commit)" \
	"$(machine)" "$load_before" "${loads%; }" "$profile" >"$out" <<'PY'
import json, pathlib, statistics, sys
work, rounds, threads, seconds, warmup, file_store, day, commit, machine, load_before, loads, profile = sys.argv[1:]
rounds = int(rounds)
runs = {}  # (engine, threads) -> [result per round]
for r in range(1, rounds + 1):
    for line in pathlib.Path(work, f"round-{r}.jsonl").read_text().splitlines():
        result = json.loads(line)
        runs.setdefault((result["engine"], result["threads"]), []).append(result)
print("## Dossier lives: our platform against embedded Flowable 8\n")
print(f"{day}, commit {commit}, {machine}; `bench/flowable.sh --threads {threads} --seconds {seconds} "
      f"--warmup {warmup} --rounds {rounds}{' --profile' if profile == 'true' else ''}`. Load average (1/5/15 min) at start {load_before}; {loads}.\n")
files = ("stored durably in a directory by both (a file forced to disk, then its directory)" if file_store == "directory"
         else "stored in PostgreSQL by both, in the receipt's transaction (Flowable: a byte-array variable)")
print("One life = a counter receipt with the applicant and one ~1.5 kB PDF, the receiver forwards, the specialist "
      "forwards, the leader approves, the receiver returns the result: five transactions, each committed before "
      "the next. Ours: the packaged application in the benchmark's JVM, driven through the `dossiers` facade "
      "(no HTTP), with its history, outbox events and audit trail. Flowable 8.0.0: a process engine embedded in "
      "its own JVM, `bench/flowable/src/main/resources/dossier-life.bpmn20.xml` (four user tasks for candidate "
      "groups), history level **full**, each task found by query and completed. The file is " + files + ". "
      "One embedded PostgreSQL 18 for the run (fsync, synchronous commit on), a database per side, a pool of 20 "
      "connections each. A life counts when it started and finished inside the measured window; per second = "
      "lives / window. JVM CPU per life: the side's whole JVM (its threads, GC, JIT) over the window, divided by "
      "its lives; PostgreSQL's own CPU is not in it (`--profile` gives each side's execution time there).\n")
print("| threads | ours lives/s | ours p50 / p99 (ms) | Flowable lives/s | Flowable p50 / p99 (ms) | ours / Flowable | JVM CPU ms per life (ours, Flowable) | failed (ours, Flowable) |")
print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
def med(results, key):
    return statistics.median(r[key] for r in results)
for t in sorted({t for (_, t) in runs}, key=int):
    o, f = runs.get(("ours", t), []), runs.get(("flowable", t), [])
    if not o or not f:
        print(f"| {t} | missing | | | | | | |")
        continue
    ratio = med(o, "perSecond") / max(med(f, "perSecond"), 1e-9)
    print(f"| {t} | {med(o, 'perSecond'):.1f} | {med(o, 'p50ms'):.0f} / {med(o, 'p99ms'):.0f} | "
          f"{med(f, 'perSecond'):.1f} | {med(f, 'p50ms'):.0f} / {med(f, 'p99ms'):.0f} | **{ratio:.2f} ×** | "
          f"{med(o, 'cpuMsPerLife'):.1f}, {med(f, 'cpuMsPerLife'):.1f} | "
          f"{sum(r['failed'] for r in o)}, {sum(r['failed'] for r in f)} |")
if rounds > 1:
    print("\nMedians of the rounds; each round (lives/s, ours / Flowable): " + "; ".join(
        f"{t} threads: " + ", ".join(f"{a['perSecond']:.1f} / {b['perSecond']:.1f}"
                                     for a, b in zip(runs[("ours", t)], runs[("flowable", t)]))
        for t in sorted({t for (_, t) in runs}, key=int) if ("ours", t) in runs and ("flowable", t) in runs))
failures = [r["firstFailure"] for rs in runs.values() for r in rs if r["firstFailure"]]
if failures:
    print(f"\nFirst failure seen: `{failures[0]}`")
print("\nThe issue asks for at least 10 × Flowable's rate.")
if profile == "true":
    print("\nTaken with pg_stat_statements loaded (`--profile`). What one life costs each side in PostgreSQL, "
          "counted from the start of the side's warm-up to the end of its last window (the first round's; later "
          "rounds append theirs):\n")
    print(pathlib.Path(work, "profile.md").read_text().rstrip())
PY
cat "$out"
record flowable "$out"
