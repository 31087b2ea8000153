#!/usr/bin/env bash
# Restores a backup made by ops/backup.sh into an EMPTY place: the database directory, the blob directory
# and the receipt-secret key. The platform must be stopped. At its next start PostgreSQL reads
# backup_label, replays the WAL from the backup's checkpoint to its end and opens; Flyway finds the schema
# at its version and changes nothing (a newer release migrates it forward). bench/restore-drill.sh proves it.
set -euo pipefail

usage() {
	cat <<USAGE
usage: ops/restore.sh --from DIR [--data DIR] [--blobs DIR] [--key FILE]
  --from DIR   a backup written by ops/backup.sh
  --data DIR   the platform's data directory; default ./data. DIR/postgres must not exist (move the
               old one aside first: mv data/postgres data/postgres.before-restore)
  --blobs DIR  the blob directory; default DIR/blobs of --data; must not exist or be empty
  --key FILE   the receipt-secret key; default DIR/receipt-secret.key of --data; must not exist
USAGE
}
die_usage() { echo "$1" >&2; echo >&2; usage >&2; exit 2; }

from="" data=./data blobs="" key=""
while [ $# -gt 0 ]; do
	case "$1" in
	--from) [ $# -ge 2 ] || die_usage "error: --from needs a value"; from=$2; shift 2 ;;
	--data) [ $# -ge 2 ] || die_usage "error: --data needs a value"; data=$2; shift 2 ;;
	--blobs) [ $# -ge 2 ] || die_usage "error: --blobs needs a value"; blobs=$2; shift 2 ;;
	--key) [ $# -ge 2 ] || die_usage "error: --key needs a value"; key=$2; shift 2 ;;
	-h | --help) usage; exit 0 ;;
	*) die_usage "error: unknown argument '$1'" ;;
	esac
done
[ -n "$from" ] || die_usage "error: --from is required"
for f in base.tar.gz wal.tar.gz backup_label files.tar.gz; do
	[ -f "$from/$f" ] || die_usage "error: $from/$f is missing: not a backup of ops/backup.sh"
done
mkdir -p "$data"
blobs=${blobs:-$data/blobs}
key=${key:-$data/receipt-secret.key}
[ ! -e "$data/postgres" ] || die_usage "error: $data/postgres exists; stop the platform and move it aside first"
[ ! -e "$blobs" ] || [ -z "$(ls -A "$blobs")" ] || die_usage "error: $blobs is not empty; move it aside first"
[ ! -e "$key" ] || die_usage "error: $key exists; move it aside first"

mkdir -m 700 "$data/postgres"
tar -C "$data/postgres" -xzf "$from/base.tar.gz"
tar -C "$data/postgres/pg_wal" -xzf "$from/wal.tar.gz"
mkdir -p "$data/postgres/pg_wal/archive_status"
cp "$from/backup_label" "$data/postgres/backup_label"
unpacked=$(mktemp -d "$data/.restore.XXXXXX")
tar -C "$unpacked" -xzf "$from/files.tar.gz"
if [ -e "$blobs" ]; then cp -a "$unpacked/blobs/." "$blobs/"; else mkdir -p "$(dirname "$blobs")" && mv "$unpacked/blobs" "$blobs"; fi
if [ -f "$unpacked/receipt-secret.key" ]; then
	mkdir -p "$(dirname "$key")"
	cp -a "$unpacked/receipt-secret.key" "$key"
fi
rm -rf "$unpacked"
echo "restored into $data/postgres, $blobs and $key; start the platform" >&2
