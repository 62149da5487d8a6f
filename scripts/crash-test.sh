#!/usr/bin/env bash
# Kills `carevoice load` with SIGKILL at random moments, again and again, into one database, and checks after
# every kill that the database passes PRAGMA integrity_check and holds each batch wholly or not at all.
#
# Usage: scripts/crash-test.sh [KILLS]   (default 60; CAREVOICE=path/to/carevoice to test another build)
# Exports of 500, 5,000 and 20,000 responses are made on the fly; every fifth load is left to finish, so that
# kills land on a database that already holds batches. Ends with the killed files loaded again, in full.
set -euo pipefail
source "$(dirname "$0")/reliability/common.sh"

kills="${1:-60}"
binary="$(carevoice_binary)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="$work/carevoice.sqlite"
sizes=(500 5000 20000)
declare -A seconds rows_of

# How long each size takes to load here, from one load left to finish (which also seeds the database).
for size in "${sizes[@]}"; do
  make_export "$work/seed-$size.csv" "$size" "S$size"
  start=$(date +%s%N)
  "$binary" load "$work/seed-$size.csv" --instrument "$instrument" --workspace "$workspace" --db "$db" >/dev/null 2>&1
  seconds[$size]=$(( ($(date +%s%N) - start) / 1000000 ))
  echo "a load of $size responses takes ${seconds[$size]} ms"
done
check_database "$db" >/dev/null

killed=0 finished_first=0 finished=0 round=0
killed_files=()
while [ "$killed" -lt "$kills" ]; do
  round=$((round + 1))
  size=${sizes[$((RANDOM % ${#sizes[@]}))]}
  file="$work/round-$round.csv"
  make_export "$file" "$size" "R$round"
  rows_of[$file]=$size
  "$binary" load "$file" --instrument "$instrument" --workspace "$workspace" --db "$db" >/dev/null 2>&1 &
  pid=$!
  if [ $((round % 5)) -eq 0 ]; then
    wait "$pid" || { echo "FAIL: an uninterrupted load of $file failed" >&2; exit 1; }
    finished=$((finished + 1))
  else
    # Anywhere from the start to a little after the load would have ended.
    delay_ms=$(( RANDOM * 32768 + RANDOM ))
    delay_ms=$(( delay_ms % (seconds[$size] * 11 / 10 + 1) ))
    sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
    kill -KILL "$pid" 2>/dev/null || true
    status=0
    wait "$pid" 2>/dev/null || status=$?
    if [ "$status" -eq 137 ]; then
      killed=$((killed + 1))
      killed_files+=("$file")
    else
      finished_first=$((finished_first + 1))
    fi
  fi
  total="$(check_database "$db")" || { echo "FAIL after round $round (size $size)" >&2; exit 1; }
  # A batch stored from a killed load must be the whole file.
  stored="$("$binary" batches --db "$db" --workspace "$workspace" 2>/dev/null | awk -v f="$(basename "$file")" \
    'NR == 1 { at = index($0, "responses") } index($0, f) { print substr($0, at, 9) + 0 }')"
  if [ -n "$stored" ] && [ "$stored" -ne "$size" ]; then
    echo "FAIL: round $round stored $stored of the $size responses of $file" >&2
    exit 1
  fi
done

# Every killed file that left no batch loads again, whole.
reloaded=0
for file in "${killed_files[@]}"; do
  out="$("$binary" load "$file" --instrument "$instrument" --workspace "$workspace" --db "$db" 2>&1)" || {
    echo "FAIL: $file did not load after its load was killed: $out" >&2
    exit 1
  }
  case "$out" in
    *"already loaded as batch"*) ;;
    *"loaded ${rows_of[$file]} responses"*) reloaded=$((reloaded + 1)) ;;
    *) echo "FAIL: $file loaded only in part after a kill: $out" >&2; exit 1 ;;
  esac
done
total="$(check_database "$db")"
batches="$("$binary" batches --db "$db" --workspace "$workspace" 2>/dev/null | awk 'NR > 2' | wc -l)"
echo "crash test: $killed loads killed mid-way, $finished_first finished before their kill, $finished left to finish;"
echo "  integrity_check ok and every batch whole after each of the $round rounds;"
echo "  $reloaded killed files loaded again in full; $batches batches, $total responses stored, nothing lost"
