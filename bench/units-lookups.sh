#!/usr/bin/env bash
# p50 / p99 latency of unit successor look-up and name search under a constant load (Gatling), beside
# a same-run baseline (the health endpoint: the same HTTP stack and one database round trip).
source "$(dirname "$0")/lib.sh"

usage() {
	cat <<USAGE
usage: bench/units-lookups.sh [--rate N] [--seconds N] [--no-build]
  --rate N      requests per second of EACH kind (baseline, successor look-up, search); default 50
  --seconds N   how long the load lasts; default 60
  --no-build    use the jar already in target/
USAGE
}

rate=50 seconds=60 build=true
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
wait_ready "$port" 180

# Warm the JIT and the caches before measuring.
run_gatling UnitsLookupSimulation "$port" -Drate=50 -Dseconds=10 >/dev/null
run_gatling UnitsLookupSimulation "$port" -Drate="$rate" -Dseconds="$seconds"

stats=$(gatling_requests)
out=$(mktemp)
python3 - "$stats" "$rate" "$seconds" "$(date -u +%Y-%m-%d)" "$(commit)" "$(machine)" >"$out" <<'PY'
import json, sys
stats, rate, seconds, day, commit, machine = sys.argv[1:]
requests = json.loads(stats)
base = requests["baseline: health"]
print("## Unit look-ups under load\n")
print(f"{day}, commit {commit}, {machine}; `bench/units-lookups.sh --rate {rate} --seconds {seconds}`: "
      f"{rate} requests/s of each kind at once ({3 * int(rate)} requests/s in all) for {seconds} s, "
      "Gatling on the same machine, after a 10 s warm-up. Successor look-ups of random old communes "
      "(asOf 2025-06-30 → today); name searches of the same communes typed without diacritics.\n")
print("| request | requests (failed) | p50 (ms) | p99 (ms) | max (ms) | p50 / baseline | p99 / baseline |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
for name in ["baseline: health", "successor look-up", "name search"]:
    s = requests[name]
    r50 = s["p50"] / max(base["p50"], 1)
    r99 = s["p99"] / max(base["p99"], 1)
    print(f"| {name} | {s['total']} ({s['ko']}) | {s['p50']} | {s['p99']} | {s['max']} | {r50:.1f} × | {r99:.1f} × |")
print("\nGatling reports whole milliseconds; a ratio over a 0 ms baseline is taken over 1 ms.")
PY
cat "$out"
record units-lookups "$out"
