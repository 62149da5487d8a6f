#!/usr/bin/env bash
# Runs four `carevoice load`s at once into one database, round after round, and checks that every one ends
# correctly (exit 0, its batch whole) and that the database passes PRAGMA integrity_check.
#
# Usage: scripts/concurrency-test.sh [ROUNDS]   (default 5; CAREVOICE=path/to/carevoice to test another build)
# Odd rounds start from no database at all, so the four also race to create it and run its migrations;
# the last round loads one file four times at once, which must store it exactly once.
set -euo pipefail
source "$(dirname "$0")/reliability/common.sh"

rounds="${1:-5}"
binary="$(carevoice_binary)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="$work/carevoice.sqlite"
expected=0

run_four() {  # run_four FILE... : starts a load of each at once, waits for all, fails if any did not end well
  local pids=() files=("$@") index status
  for file in "${files[@]}"; do
    "$binary" load "$file" --instrument "$instrument" --workspace "$workspace" --db "$db" >"$file.out" 2>&1 &
    pids+=($!)
  done
  for index in "${!pids[@]}"; do
    status=0
    wait "${pids[$index]}" || status=$?
    if [ "$status" -ne 0 ]; then
      echo "FAIL: a concurrent load of ${files[$index]} exited $status: $(cat "${files[$index]}.out")" >&2
      exit 1
    fi
  done
}

for round in $(seq 1 "$rounds"); do
  if [ $((round % 2)) -eq 1 ]; then
    rm -f "$db" "$db-wal" "$db-shm"
    expected=0
  fi
  files=()
  for slot in 1 2 3 4; do
    size=$(( slot * 2500 ))
    make_export "$work/r$round-$slot.csv" "$size" "C$round-$slot"
    files+=("$work/r$round-$slot.csv")
    expected=$((expected + size))
  done
  run_four "${files[@]}"
  total="$(check_database "$db")"
  if [ "$total" -ne "$expected" ]; then
    echo "FAIL: round $round: $total responses stored, $expected expected" >&2
    exit 1
  fi
  echo "round $round: four loads at once, all exited 0; $total responses stored, integrity ok"
done

# One file four times at once: one load stores it, the other three find it loaded.
make_export "$work/same.csv" 5000 "SAME"
run_four "$work/same.csv" "$work/same.csv" "$work/same.csv" "$work/same.csv"
total="$(check_database "$db")"
copies="$("$binary" batches --db "$db" --workspace "$workspace" | grep -c "same.csv" || true)"
if [ "$copies" -ne 1 ] || [ "$total" -ne $((expected + 5000)) ]; then
  echo "FAIL: one file loaded four times at once was stored $copies times ($total responses)" >&2
  exit 1
fi
echo "one file loaded four times at once: stored once; $total responses stored, integrity ok"
