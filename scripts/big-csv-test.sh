#!/usr/bin/env bash
# Loads a 5 GB CSV export and checks that `carevoice load` never holds more than 200 MB, and stores every response.
#
# Usage: scripts/big-csv-test.sh [BYTES]   (default 5000000000; CAREVOICE=path/to/carevoice to test another build)
# The export is made on the fly by scripts/reliability/wide-export.py: CiCC consultation responses, each with a
# 4 KB "notes" column the instrument does not use (survey tools add such metadata), so 5 GB is about 1.2 million
# responses and the database stays near 100 MB. It is written to a temporary file, not a pipe, because `load`
# reads a file twice: once for its digest (to know whether it was loaded before), once to load it.
set -euo pipefail
source "$(dirname "$0")/reliability/common.sh"

bytes="${1:-5000000000}"
limit_kb=$((200 * 1024))
binary="$(carevoice_binary)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$root/scripts/reliability/wide-export.py" "$bytes" > "$work/big.csv"
size=$(stat -c %s "$work/big.csv")
rows=$(($(wc -l < "$work/big.csv") - 1))
echo "made $work/big.csv: $size bytes, $rows responses"
start=$(date +%s%N)
/usr/bin/time -v "$binary" load "$work/big.csv" --instrument "$instrument" --workspace "$workspace" \
  --db "$work/big.sqlite" >"$work/out" 2>"$work/err" || { cat "$work/out" "$work/err" >&2; echo "FAIL: the load failed" >&2; exit 1; }
ms=$(( ($(date +%s%N) - start) / 1000000 ))
peak_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/err")
if ! grep -q "loaded $rows responses" "$work/out"; then
  echo "FAIL: expected $rows responses loaded: $(cat "$work/out")" >&2
  exit 1
fi
stored="$(check_database "$work/big.sqlite")"
[ "$stored" -eq "$rows" ] || { echo "FAIL: $stored responses stored, not $rows" >&2; exit 1; }
echo "big CSV: $size bytes ($rows responses) loaded in $((ms / 1000)).$(( (ms % 1000) / 100 )) s" \
  "($((size / 1000 / (ms + 1))) MB/s), peak memory $((peak_kb / 1024)) MB; database $(( $(stat -c %s "$work/big.sqlite") / 1000000 )) MB"
if [ "$peak_kb" -ge "$limit_kb" ]; then
  echo "FAIL: peak memory $((peak_kb / 1024)) MB is not under 200 MB" >&2
  exit 1
fi
