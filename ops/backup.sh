#!/usr/bin/env bash
# Online backup of a running Thông Suốt with its embedded PostgreSQL 18: the database (a physical backup
# through PostgreSQL's low-level backup API), then the blob directory and the receipt-secret key.
#
# Why not pg_dump or pg_basebackup: the embedded server's binaries contain only initdb, pg_ctl and
# postgres, and Debian 12's client tools are version 15, whose pg_dump and pg_basebackup refuse an 18
# server. Its psql works with an 18 server, and the low-level API needs nothing more. In one psql session:
# a temporary physical replication slot reserves the WAL from now on (the server recycles none of it
# until the session ends), pg_backup_start, tar of the data directory skipping what pg_basebackup skips
# (pid file, WAL, runtime state; a file changing while read is fine, WAL replay repairs it),
# pg_backup_stop (which returns the backup_label), then tar of the WAL written meanwhile. The result is
# what `pg_basebackup -Ft -z -X fetch` would write. bench/restore-drill.sh proves it, with ops/restore.sh.
set -euo pipefail

usage() {
	cat <<USAGE
usage: ops/backup.sh --port N [--data DIR] [--blobs DIR] [--key FILE] --to DIR
  --port N     the embedded PostgreSQL's port (set thongsuot.database.embedded.port to fix it)
  --data DIR   the platform's data directory; default ./data (the database in DIR/postgres)
  --blobs DIR  the blob directory; default DIR/blobs of --data
  --key FILE   the receipt-secret key; default DIR/receipt-secret.key of --data
  --to DIR     where to write the backup (created; must be empty): base.tar.gz, wal.tar.gz,
               backup_label, files.tar.gz
USAGE
}
die_usage() { echo "$1" >&2; echo >&2; usage >&2; exit 2; }

port="" data=./data blobs="" key="" to=""
while [ $# -gt 0 ]; do
	case "$1" in
	--port) [ $# -ge 2 ] || die_usage "error: --port needs a value"; port=$2; shift 2 ;;
	--data) [ $# -ge 2 ] || die_usage "error: --data needs a value"; data=$2; shift 2 ;;
	--blobs) [ $# -ge 2 ] || die_usage "error: --blobs needs a value"; blobs=$2; shift 2 ;;
	--key) [ $# -ge 2 ] || die_usage "error: --key needs a value"; key=$2; shift 2 ;;
	--to) [ $# -ge 2 ] || die_usage "error: --to needs a value"; to=$2; shift 2 ;;
	-h | --help) usage; exit 0 ;;
	*) die_usage "error: unknown argument '$1'" ;;
	esac
done
[[ "$port" =~ ^[1-9][0-9]*$ ]] && ((port < 65536)) || die_usage "error: --port must be a port number, not '$port'"
[ -n "$to" ] || die_usage "error: --to is required"
data=$(cd "$data" 2>/dev/null && pwd) || die_usage "error: no data directory '$data'"
blobs=${blobs:-$data/blobs}
key=${key:-$data/receipt-secret.key}
[ -f "$data/postgres/PG_VERSION" ] || die_usage "error: no database in $data/postgres"
[ -d "$blobs" ] || die_usage "error: no blob directory '$blobs'"
mkdir -p "$to"
to=$(cd "$to" && pwd)
[ -z "$(ls -A "$to")" ] || die_usage "error: $to is not empty"

PSQL=$(command -v psql || ls /usr/lib/postgresql/*/bin/psql 2>/dev/null | sort -V | tail -1 || true)
[ -n "$PSQL" ] || { echo "error: psql is missing: apt-get install postgresql-client" >&2; exit 1; }

# The tar steps run inside the psql session (\!), so they are scripts of their own.
cat >"$to/.tar-base" <<TAR
tar -C "$data/postgres" -czf "$to/base.tar.gz" --warning=no-file-changed --warning=no-file-removed \\
	--ignore-failed-read --exclude=./postmaster.pid --exclude=./postmaster.opts --exclude=./epg-lock \\
	--exclude='./pg_wal/*' --exclude='./pg_replslot/*' --exclude='./pg_dynshmem/*' --exclude='./pg_notify/*' \\
	--exclude='./pg_serial/*' --exclude='./pg_snapshots/*' --exclude='./pg_stat_tmp/*' --exclude='./pg_subtrans/*' \\
	--exclude='pgsql_tmp*' --exclude=pg_internal.init --exclude=./backup_label --exclude=./tablespace_map .
[ \$? -le 1 ] || touch "$to/.failed"   # 1: a file changed while read
TAR
cat >"$to/.tar-wal" <<TAR
tar -C "$data/postgres/pg_wal" -czf "$to/wal.tar.gz" --warning=no-file-changed --ignore-failed-read \\
	--exclude='*.tmp' --exclude=archive_status .
[ \$? -le 1 ] || touch "$to/.failed"
TAR
started=$(date +%s%3N)
"$PSQL" -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 >"$to/.psql.log" 2>&1 <<SQL || touch "$to/.failed"
\pset tuples_only on
\pset format unaligned
SELECT pg_create_physical_replication_slot('thongsuot_backup_' || pg_backend_pid(), true, true);
SELECT pg_backup_start('thongsuot $(date -u +%FT%TZ)', true);
\! bash "$to/.tar-base"
SELECT labelfile FROM pg_backup_stop(false) \g '$to/backup_label'
\! bash "$to/.tar-wal"
SQL
if [ -e "$to/.failed" ] || ! grep -q 'START WAL LOCATION' "$to/backup_label" 2>/dev/null; then
	echo "error: the database backup failed:" >&2
	cat "$to/.psql.log" >&2
	exit 1
fi
# Files after the database: a blob never changes once written, so this copy is complete for the dump.
# Stored as blobs/ and receipt-secret.key whatever their names here.
files=(-C "$(dirname "$blobs")" --transform "s,^$(basename "$blobs")\(/\|\$\),blobs\1," "$(basename "$blobs")")
if [ -f "$key" ]; then
	files+=(-C "$(dirname "$key")" --transform "s,^$(basename "$key")\$,receipt-secret.key," "$(basename "$key")")
else
	echo "warning: no receipt-secret key at $key (none is made before the first receipt)" >&2
fi
tar -czf "$to/files.tar.gz" "${files[@]}"
rm -f "$to/.tar-base" "$to/.tar-wal" "$to/.psql.log"
echo "backup complete in $to: $(du -sh "$to" | cut -f1), $(($(date +%s%3N) - started)) ms" >&2
