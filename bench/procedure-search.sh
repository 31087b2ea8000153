#!/usr/bin/env bash
# p50 / p99 latency of procedure search over the whole catalogue (2,642 procedures) under a constant
# load (Gatling), beside a same-run baseline (the health endpoint: the same HTTP stack and one database
# round trip); and the database's own time for the same queries (EXPLAIN ANALYZE, no HTTP).
source "$(dirname "$0")/lib.sh"

usage() {
	cat <<USAGE
usage: bench/procedure-search.sh [--rate N] [--seconds N] [--no-build]
  --rate N      requests per second of each kind (the baseline, then the search); default 200
  --seconds N   how long the load lasts; default 60
  --no-build    use the jar already in target/
USAGE
}

rate=200 seconds=60 build=true
while [ $# -gt 0 ]; do
	case "$1" in
	--rate) [ $# -ge 2 ] || die_usage "error: --rate needs a value"; require_positive_int --rate "$2"; rate=$2; shift 2 ;;
	--seconds) [ $# -ge 2 ] || die_usage "error: --seconds needs a value"; require_positive_int --seconds "$2"; seconds=$2; shift 2 ;;
	--no-build) build=false; shift ;;
	-h | --help) usage; exit 0 ;;
	*) die_usage "error: unknown argument '$1'" ;;
	esac
done

$build && build_jar
work=$(mktemp -d)
trap 'stop_app; rm -rf "$work"' EXIT
port=$(free_port)
start_app "$work/data/postgres" "$port" "$work/app.log"
wait_ready "$port" 300

# The search index fills from the first load's events, just after start: wait until it holds the catalogue.
deadline=$((SECONDS + 300))
until [ "$(curl -sf "http://127.0.0.1:$port/api/procedures?size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])' 2>/dev/null || echo 0)" -ge 2642 ]; do
	((SECONDS > deadline)) && { echo "the search index did not fill within 300 s" >&2; exit 1; }
	sleep 1
done

# The search's own time inside the application (folding, the SQL statement on PostgreSQL, mapping;
# no HTTP, no load): the Server-Timing header of /api/procedures, for every query of the feeder, one
# request at a time, measured on a second pass after a first one that warms up.
inner=$(python3 - "$port" "$ROOT/bench/gatling/src/test/resources/procedure-searches.csv" <<'PY'
import csv, sys, urllib.parse, urllib.request
port, feeder = sys.argv[1:]
rows = list(csv.DictReader(open(feeder, encoding="utf-8")))
times = []
for run in range(2):
    for row in rows:
        query = urllib.parse.urlencode({"q": row["q"], "level": row["level"]})
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/procedures?{query}") as answer:
            if run == 1:  # the first pass warms the JIT and the caches
                times.append(float(answer.headers["Server-Timing"].split("dur=")[1]))
times.sort()
def pct(q): return times[min(len(times) - 1, int(q * len(times)))]
print(f"{len(times)} {pct(0.5):.2f} {pct(0.99):.2f} {times[-1]:.2f}")
PY
)

# Warm the JIT and the caches before measuring.
run_gatling ProcedureSearchSimulation "$port" -Drate=50 -Dseconds=10 >/dev/null
run_gatling ProcedureSearchSimulation "$port" -Drate="$rate" -Dseconds="$seconds"

stats=$(gatling_requests)
out=$(mktemp)
python3 - "$stats" "$rate" "$seconds" "$(date -u +%Y-%m-%d)" "$(commit)" "$(machine)" "$inner" >"$out" <<'PY'
import json, sys
stats, rate, seconds, day, commit, machine, inner = sys.argv[1:]
import re
requests = json.loads(stats)
base = requests["baseline: health"]
def p(s, n): return s["p50"] if n == 1 else s["p99"]
print(f"## Procedure search under load, {rate} requests/s\n")
print(f"{day}, commit {commit}, {machine}; `bench/procedure-search.sh --rate {rate} --seconds {seconds}`: "
      f"{rate} baseline requests/s for {seconds} s, then {rate} searches/s for {seconds} s over the whole catalogue "
      "(2,642 procedures), Gatling on the same machine, after a 10 s warm-up. Queries: 2–4 consecutive words "
      "of real procedure names (half without diacritics), some codes, a quarter with a level filter "
      "(`bench/gatling/src/test/resources/procedure-searches.csv`).\n")
print("| request | requests (failed) | p50 (ms) | p99 (ms) | max (ms) | p50 / baseline | p99 / baseline |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
for name in ["baseline: health", "procedure search"]:
    s = requests[name]
    r50 = p(s, 1) / max(p(base, 1), 1)
    r99 = p(s, 4) / max(p(base, 4), 1)
    print(f"| {name} | {s['total']} ({s['ko']}) | {p(s,1)} | {p(s,4)} | {s['max']} | {r50:.1f} × | {r99:.1f} × |")
print("\nGatling reports whole milliseconds; a ratio over a 0 ms baseline is taken over 1 ms.")
n, p50, p99, top = inner.split()
print(f"\nThe search itself, inside the application without HTTP or load (its `Server-Timing` header: folding, "
      f"the SQL statement on PostgreSQL, mapping), the feeder's {n} queries one at a time before the load, after a warm-up pass: "
      f"p50 {p50} ms, p99 {p99} ms, max {top} ms.")
PY
cat "$out"
record "procedure-search-$rate" "$out"
