#!/usr/bin/env bash
# A full disk and a read-only database: `carevoice load` must exit 74, say why, and lose nothing already stored;
# once there is room (or write access) again, the next load must work.
#
# Usage: scripts/disk-full-test.sh   (CAREVOICE=path/to/carevoice to test another build;
#        RELIABILITY_NO_MOUNT=1 to use the file-size limit even where a tmpfs could be mounted)
# The full disk is a 6 MB tmpfs when this user may mount one (root, outside a locked-down container);
# otherwise a file-size limit (ulimit -f), under which a write fails just as it does on a full disk.
# The read-only database is one owned by root that user nobody may read but not write (via setpriv),
# and, when mounting is allowed, a tmpfs remounted read-only.
set -euo pipefail
source "$(dirname "$0")/reliability/common.sh"

binary="$(carevoice_binary)"
work="$(mktemp -d)"
chmod 755 "$work"
mounted=""
cleanup() {
  if [ -n "$mounted" ]; then umount "$mounted" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
make_export "$work/first.csv" 500 "FIRST"
make_export "$work/large.csv" 200000 "LARGE"  # about 16 MB stored: more than the 6 MB disk
make_export "$work/later.csv" 300 "LATER"
chmod 644 "$work"/*.csv

load() {  # load DB FILE [runner...]: runs a load, prints its exit status, keeps its stderr in $work/err
  local db="$1" file="$2"
  shift 2
  local status=0
  "$@" "$binary" load "$file" --instrument "$instrument" --workspace "$workspace" --db "$db" \
    >"$work/out" 2>"$work/err" || status=$?
  echo "$status"
}

expect_refusal() {  # expect_refusal WHAT STATUS DB BEFORE WORDS: exit 74, the words on stderr, nothing lost
  local what="$1" status="$2" db="$3" before="$4" words="$5" after
  if [ "$status" -ne 74 ]; then
    echo "FAIL: $what: exit $status, not 74: $(cat "$work/err")" >&2
    exit 1
  fi
  if ! grep -q "$words" "$work/err"; then
    echo "FAIL: $what: stderr does not say \"$words\": $(cat "$work/err")" >&2
    exit 1
  fi
  after="$(check_database "$db")"
  if [ "$after" != "$before" ]; then
    echo "FAIL: $what: $before responses were stored before, $after after" >&2
    exit 1
  fi
  echo "$what: exit 74, \"$(grep -o "error: .*" "$work/err" | head -1 | cut -c8-90)...\"; $after responses kept, integrity ok"
}

# A full disk.
full="$work/full"
mkdir "$full"
if [ -z "${RELIABILITY_NO_MOUNT:-}" ] && mount -t tmpfs -o size=6m tmpfs "$full" 2>/dev/null; then
  mounted="$full"
  how="a 6 MB tmpfs"
  runner=()
  words="the disk is full"
else
  how="a 4 MB file-size limit (ulimit -f; mounting a tmpfs is not allowed here)"
  runner=(bash -c 'trap "" XFSZ; ulimit -f 4096; exec "$@"' limit)
  words="the disk refused a write"
fi
db="$full/carevoice.sqlite"
[ "$(load "$db" "$work/first.csv")" -eq 0 ] || { echo "FAIL: the first load failed: $(cat "$work/err")" >&2; exit 1; }
before="$(check_database "$db")"
expect_refusal "full disk ($how)" "$(load "$db" "$work/large.csv" "${runner[@]}")" "$db" "$before" "$words"
[ "$(load "$db" "$work/later.csv")" -eq 0 ] || { echo "FAIL: no load works after the disk filled: $(cat "$work/err")" >&2; exit 1; }
echo "  then a smaller load fits and stores $(( $(check_database "$db") - before )) responses"

# A database this user may read but not write.
if command -v setpriv >/dev/null && [ "$(id -u)" -eq 0 ]; then
  db="$work/shared.sqlite"
  [ "$(load "$db" "$work/first.csv")" -eq 0 ] || { echo "FAIL: the first load failed" >&2; exit 1; }
  chmod 644 "$db"
  before="$(check_database "$db")"
  expect_refusal "read-only file (user nobody)" \
    "$(load "$db" "$work/later.csv" setpriv --reuid=65534 --regid=65534 --clear-groups)" "$db" "$before" "read-only"
else
  echo "read-only file: skipped (needs root and setpriv to act as another user)"
fi

# A file system mounted read-only.
if [ -n "$mounted" ]; then
  db="$full/carevoice.sqlite"
  before="$(check_database "$db")"
  mount -o remount,ro "$full"
  status="$(load "$db" "$work/large.csv")"
  mount -o remount,rw "$full"
  expect_refusal "read-only file system" "$status" "$db" "$before" "read-only\|cannot open"
else
  echo "read-only file system: skipped (mounting is not allowed here)"
fi
