#!/usr/bin/env bash
# Time of the import of the whole national catalogue (3 files: 2,642 procedures, 7,413 channel rows, the
# full records) into an empty catalogue, through the administrators' API, beside same-run baselines: the
# same files read, parsed and checked without writing anything (a dry run), and an import of the same
# files again (nothing changed: every procedure compared, nothing written). Also how long the portal's
# search index takes to follow (from the import's answer until a search counts every procedure).
source "$(dirname "$0")/lib.sh"

usage() {
	cat <<USAGE
usage: bench/procedure-import.sh [--runs N] [--no-build]
  --runs N     how many fresh imports (each on a new data directory; default 3, the median is reported)
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
trap 'stop_app; rm -rf "$work"' EXIT
files="$ROOT/src/main/resources/reference-data/procedures"

# import URL DRY_RUN: prints "wall_ms server_ms added unchanged"
import_once() {
	local t0 t1 body
	t0=$(now_ms)
	body=$(curl -sf -u "admin:$(cat "$work/data/admin-password.txt")" \
		-F "procedures=@$files/procedures.csv" -F "channels=@$files/procedure_channels.csv" \
		-F "full=@$files/procedures_full.jsonl.gz" "$1/api/catalogue/imports?dryRun=$2")
	t1=$(now_ms)
	python3 -c 'import json,sys; r=json.loads(sys.argv[1]); print(int(sys.argv[2]), r["millis"], len(r["added"]), r["unchanged"])' \
		"$body" "$((t1 - t0))"
}

full=() full_server=() dry=() dry_server=() again=() again_server=() index=()
for i in $(seq 1 "$runs"); do
	rm -rf "$work/data"
	port=$(free_port)
	# the shipped catalogue is not loaded at start, so the catalogue is empty
	"$JAVA" ${APP_JAVA_OPTS:-} -jar "$JAR" --server.port="$port" \
		--thongsuot.database.embedded.data-directory="$work/data/postgres" \
		--thongsuot.identity.initial-admin.password-file="$work/data/admin-password.txt" \
		--thongsuot.procedures.load-reference-data=false --logging.level.root=WARN >"$work/app.log" 2>&1 &
	APP_PID=$!
	wait_ready "$port" 300
	url="http://127.0.0.1:$port"
	read -r wall server added _ < <(import_once "$url" true)
	dry+=("$wall"); dry_server+=("$server")
	[ "$added" -eq 2642 ] || { echo "the dry run would add $added procedures, not 2642" >&2; exit 1; }
	read -r wall server added _ < <(import_once "$url" false)
	full+=("$wall"); full_server+=("$server")
	[ "$added" -eq 2642 ] || { echo "the import added $added procedures, not 2642" >&2; exit 1; }
	t0=$(now_ms)
	deadline=$((SECONDS + 300))
	until [ "$(curl -sf "$url/api/procedures?size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])' 2>/dev/null || echo 0)" -ge 2642 ]; do
		((SECONDS > deadline)) && { echo "the search index did not follow within 300 s" >&2; exit 1; }
		sleep 0.1
	done
	index+=($(($(now_ms) - t0)))
	read -r wall server _ unchanged < <(import_once "$url" false)
	again+=("$wall"); again_server+=("$server")
	[ "$unchanged" -eq 2642 ] || { echo "the second import found $unchanged unchanged, not 2642" >&2; exit 1; }
	stop_app
done

med() { printf '%s\n' "$@" | median; }
out=$(mktemp)
m_full=$(med "${full[@]}") m_dry=$(med "${dry[@]}")
cat >"$out" <<MD
## Import of the national catalogue

$(date -u +%Y-%m-%d), commit $(commit), $(machine); \`bench/procedure-import.sh --runs $runs\`: the three shipped
files (2,642 procedures, 7,413 channel rows, 2,642 full records, 7.5 MB) posted to \`POST /api/catalogue/imports\`
on a fresh data directory with an empty catalogue (the start-up load switched off), median of $runs runs.
"Server" is the import's own time as its report gives it; "wall" includes the upload.

| what | wall (ms) | server (ms) | / baseline |
| --- | ---: | ---: | ---: |
| baseline: read, parse and check the files, write nothing (\`dryRun=true\`) | $m_dry | $(med "${dry_server[@]}") | 1.0 × |
| full import: 2,642 procedures added (versions, history, 2,642 ProcedurePublished events in the outbox), one transaction | $m_full | $(med "${full_server[@]}") | $(python3 -c "print(f'{$m_full / max($m_dry, 1):.1f} ×')") |
| the same files again: 2,642 unchanged, nothing written | $(med "${again[@]}") | $(med "${again_server[@]}") | $(python3 -c "print(f'{$(med "${again[@]}") / max($m_dry, 1):.1f} ×')") |
| the portal's search index following the import (from its answer until a search counts 2,642) | $(med "${index[@]}") | | |

Runs (wall ms): import ${full[*]}; dry run ${dry[*]}; again ${again[*]}; index ${index[*]}.
MD
cat "$out"
record procedure-import "$out"
