# Shared by the benchmark scripts: build, start and stop the application, describe the machine, and
# record a result in docs/benchmarks.md (between the markers of that benchmark, replacing the last run).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/target/thongsuot-0.1.0-SNAPSHOT.jar"
JAVA="${JAVA:-java}"

die_usage() {
	echo "$1" >&2
	echo >&2
	usage >&2
	exit 2
}

require_positive_int() { # name value
	[[ "$2" =~ ^[1-9][0-9]*$ ]] || die_usage "error: $1 must be a positive whole number, not '$2'"
}

build_jar() {
	echo "building the application jar..." >&2
	(cd "$ROOT" && ./mvnw -q -B -DskipTests package)
}

free_port() {
	python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# start_app DATA_DIR PORT LOG: starts the jar in the background; sets APP_PID. APP_JAVA_OPTS are the
# JVM's options, APP_ARGS more application arguments (both split on spaces).
start_app() {
	"$JAVA" ${APP_JAVA_OPTS:-} -jar "$JAR" --server.port="$2" \
		--thongsuot.database.embedded.data-directory="$1" \
		--thongsuot.identity.initial-admin.password-file="$1/../admin-password.txt" \
		--logging.level.root=WARN ${APP_ARGS:-} >"$3" 2>&1 &
	APP_PID=$!
}

# wait_ready PORT TIMEOUT_SECONDS: waits for /actuator/health to answer UP
wait_ready() {
	local deadline=$((SECONDS + $2))
	until curl -sf "http://127.0.0.1:$1/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
		if ((SECONDS > deadline)); then
			echo "the application did not become ready within $2 s" >&2
			return 1
		fi
		sleep 0.05
	done
}

stop_app() {
	if [ -n "${APP_PID:-}" ] && kill -0 "$APP_PID" 2>/dev/null; then
		kill "$APP_PID"
		wait "$APP_PID" 2>/dev/null || true
	fi
	APP_PID=""
}

now_ms() { date +%s%3N; }

# wait_demo_setup LOGINS_FILE: the demo setup (officials, the citizen, the configured procedure) runs just
# after start; waits until its logins file names the demo citizen, at most 300 s.
wait_demo_setup() {
	local deadline=$((SECONDS + 300))
	until [ -s "$1" ] && grep -q '^demo.congdan' "$1"; do
		((SECONDS > deadline)) && { echo "the demo setup did not finish within 300 s" >&2; return 1; }
		sleep 1
	done
}

# commune_committees PORT [N]: the ids, comma-separated, of the People's Committees of the new Lâm Đồng's
# (68) communes in the registry's order (the demo's officials belong to the first three), of the first N
# communes only if N is given. Each may receive the demo procedure ("the commune of submission").
commune_committees() {
	python3 - "$1" "${2:-0}" <<'PY'
import json, sys, urllib.request
base, limit = f"http://127.0.0.1:{sys.argv[1]}", int(sys.argv[2])
communes = json.load(urllib.request.urlopen(base + "/api/units/68/children"))
ids = []
for unit in communes[:limit] if limit else communes:
    for agency in json.load(urllib.request.urlopen(base + "/api/agencies?unit=" + unit["code"])):
        if agency.get("kind") == "PEOPLES_COMMITTEE":
            ids.append(str(agency["id"]))
print(",".join(ids))
PY
}

# demo_accounts PORT LOGINS_FILE: the accounts of bench/crash-client.py, a line each "user TAB password TAB
# agency ids TAB channel": the demo citizen online to the People's Committees of 20 communes, and the
# receivers of the demo's three communes at their counters (a counter receipt is audited), alternately.
demo_accounts() {
	python3 - "$(commune_committees "$1" 20)" "$2" <<'PY'
import sys
ids = sys.argv[1].split(",")
logins = dict(line.split("\t")[:2] for line in open(sys.argv[2], encoding="utf-8") if "\t" in line)
for n in range(3):
    print(f"demo.congdan\t{logins['demo.congdan']}\t{','.join(ids)}\tONLINE")
    print(f"demo.xa{n + 1}.tiepnhan\t{logins[f'demo.xa{n + 1}.tiepnhan']}\t{ids[n]}\tCOUNTER")
PY
}

# cpu_snapshot JVM_PID PG_DATA_DIR: "APP PG ALL" in clock ticks so far: the JVM's own CPU, the embedded
# PostgreSQL's (its postmaster, from postmaster.pid, with every descendant and the CPU of exited backends;
# pg_ctl detaches it from the JVM), and the whole machine's busy time (/proc/stat). Two snapshots give
# each side's CPU per unit of work.
cpu_snapshot() {
	python3 - "$1" "$2/postmaster.pid" <<'PY'
import os, sys
jvm = int(sys.argv[1])
postmaster = int(open(sys.argv[2]).readline())
stats = {}
for pid in os.listdir("/proc"):
    if pid.isdigit():
        try:
            fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        # after the command: state ppid ... utime(12) stime(13) cutime(14) cstime(15), 0-based from state
        stats[int(pid)] = (int(fields[1]), [int(x) for x in fields[11:15]])
children = {}
for pid, (ppid, _) in stats.items():
    children.setdefault(ppid, []).append(pid)
app = sum(stats[jvm][1][:2]) if jvm in stats else 0
pg, todo = 0, [postmaster]
while todo:
    pid = todo.pop()
    pg += sum(stats[pid][1])
    todo += children.get(pid, [])
cpu = [int(x) for x in open("/proc/stat").readline().split()[1:]]
print(app, pg, sum(cpu) - cpu[3] - cpu[4])
PY
}

machine() {
	local cpu
	cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
	echo "$(nproc) cores ($cpu), $(free -g | awk '/Mem:/{print $2}') GiB, $("$JAVA" -version 2>&1 | head -1)"
}

commit() { git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo "unknown"; }

# record NAME FILE: replaces the section between <!-- bench:NAME --> and <!-- /bench:NAME --> in
# docs/benchmarks.md with the content of FILE (appending the section if it is not there yet)
record() {
	python3 - "$ROOT/docs/benchmarks.md" "$1" "$2" <<'PY'
import sys, re, pathlib
doc, name, body = pathlib.Path(sys.argv[1]), sys.argv[2], pathlib.Path(sys.argv[3]).read_text()
start, end = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
text = doc.read_text() if doc.exists() else "# Benchmarks\n"
block = f"{start}\n{body.rstrip()}\n{end}"
if start in text and end in text:
    text = re.sub(re.escape(start) + ".*?" + re.escape(end), lambda m: block, text, flags=re.S)
else:
    text = text.rstrip() + "\n\n" + block + "\n"
doc.write_text(text)
PY
	echo "recorded in docs/benchmarks.md ($1)" >&2
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# run_gatling SIMULATION PORT [-Dname=value ...]: one run of bench/gatling's org.thongsuot.bench.SIMULATION
# against the application on PORT, with the simulation's own properties; its report replaces the previous
# one (gatling_requests reads it).
run_gatling() {
	local simulation=$1 port=$2
	shift 2
	rm -rf "$ROOT/bench/gatling/target/gatling"
	(cd "$ROOT" && ./mvnw -q -B -f bench/gatling/pom.xml gatling:test \
		-Dgatling.simulationClass="org.thongsuot.bench.$simulation" -DbaseUrl="http://127.0.0.1:$port" "$@")
}

# gatling_requests: the per-request statistics of the newest Gatling report, as JSON
# {name: {total, ko, p50, p99, max}}. Gatling 3.15 writes no js/stats.json any more, so the
# statistics table of the report's index.html is read.
gatling_requests() {
	local report
	report=$(find "$ROOT/bench/gatling/target/gatling" -name index.html | head -1)
	python3 - "$report" <<'PY'
import json, re, sys
html = open(sys.argv[1], encoding="utf-8").read()
requests = {}
for row in re.findall(r'<tr id="req_.*?</tr>', html, re.S):
    name = re.search(r'class="ellipsed-name">([^<]+)<', row).group(1)
    cols = {int(n): v for n, v in re.findall(r'col-(\d+)">([^<]*)<', row)}
    requests[name] = {"total": int(cols[2]), "ko": int(cols[4]), "p50": int(cols[8]), "p99": int(cols[11]),
                      "max": int(cols[12])}
print(json.dumps(requests))
PY
}
