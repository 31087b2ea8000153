#!/usr/bin/env bash
# Start-to-ready time of the platform (JVM start to /actuator/health UP, reference data loaded) on a
# fresh and on an existing data directory, against a baseline measured in the same run: the embedded
# PostgreSQL's own initdb + start (fresh) and start (existing) with the same binaries.
source "$(dirname "$0")/lib.sh"

usage() {
	cat <<USAGE
usage: bench/startup.sh [--runs N] [--no-build]
  --runs N     how many starts of each kind (default 3; the median is reported)
  --no-build   use the jar already in target/
USAGE
}

runs=3 build=true
while [ $# -gt 0 ]; do
	case "$1" in
	--runs) [ $# -ge 2 ] || die_usage "error: --runs needs a value"; require_positive_int --runs "$2"; runs=$2; shift 2 ;;
	--no-build) build=false; shift ;;
	-h | --help) usage; exit 0 ;;
	*) die_usage "error: unknown argument '$1'" ;;
	esac
done

$build && build_jar
work=$(mktemp -d)
cleanup() {
	stop_app
	if [ -n "${PG_BIN:-}" ]; then
		"${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
	fi
	rm -rf "$work"
}
trap cleanup EXIT

fresh=() existing=() pg_fresh=() pg_existing=()
for i in $(seq 1 "$runs"); do
	rm -rf "$work/data"
	port=$(free_port)
	t0=$(now_ms); start_app "$work/data/postgres" "$port" "$work/app.log"; wait_ready "$port" 180; t1=$(now_ms)
	fresh+=($((t1 - t0))); stop_app
	t0=$(now_ms); start_app "$work/data/postgres" "$port" "$work/app.log"; wait_ready "$port" 180; t1=$(now_ms)
	existing+=($((t1 - t0))); stop_app

	# The baseline: the same PostgreSQL binaries zonky unpacked, without the application.
	PG_BIN=$(dirname "$(find "${TMPDIR:-/tmp}/embedded-pg" -name initdb -path '*/bin/*' | head -1)")
	# PostgreSQL refuses to run as root; like zonky, run it in a user namespace where we are not root.
	as_pg=()
	[ "$(id -u)" -ne 0 ] || as_pg=(unshare -U)
	rm -rf "$work/pg"
	t0=$(now_ms)
	"${as_pg[@]}" "$PG_BIN/initdb" -D "$work/pg" -U postgres -E UTF8 -A trust >/dev/null
	"${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$work/pg" -l "$work/pg.log" -o "-p $(free_port) -c fsync=on" -w start >/dev/null
	t1=$(now_ms); pg_fresh+=($((t1 - t0)))
	"${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$work/pg" -w stop >/dev/null
	t0=$(now_ms); "${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$work/pg" -l "$work/pg.log" -o "-p $(free_port)" -w start >/dev/null; t1=$(now_ms)
	pg_existing+=($((t1 - t0)))
	"${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$work/pg" -w stop >/dev/null
done

m() { printf '%s\n' "$@" | median; }
app_fresh=$(m "${fresh[@]}") app_existing=$(m "${existing[@]}")
base_fresh=$(m "${pg_fresh[@]}") base_existing=$(m "${pg_existing[@]}")
ratio() { python3 -c "print(f'{$1/$2:.1f}')"; }
out=$(mktemp)
cat >"$out" <<MD
## Start-to-ready time

$(date -u +%Y-%m-%d), commit $(commit), $(machine); median of $runs runs; \`bench/startup.sh --runs $runs\`.
Ready means \`/actuator/health\` answers UP: migrations applied, reference data loaded, HTTP serving.

| start | platform (ms) | baseline: PostgreSQL alone (ms) | ratio |
| --- | ---: | ---: | ---: |
| fresh data directory (initdb, migrations, reference data load) | $app_fresh | $base_fresh (initdb + start) | $(ratio "$app_fresh" "$base_fresh") × |
| existing data directory | $app_existing | $base_existing (start) | $(ratio "$app_existing" "$base_existing") × |

All runs (ms): fresh ${fresh[*]}; existing ${existing[*]}; baseline fresh ${pg_fresh[*]}; baseline existing ${pg_existing[*]}.
MD
cat "$out"
record startup "$out"
