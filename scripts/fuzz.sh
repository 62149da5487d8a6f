#!/usr/bin/env bash
# Runs each libFuzzer target of the Fuzz package (the CSV reader, the XML reader, the XLSX reader, and the adapters
# behind `load`) for a fixed time, from a seed corpus of the test fixtures, and prints how many inputs each ran.
#
# Leaks are looked for in the CSV and XML targets only (see below).
# Usage: scripts/fuzz.sh [SECONDS]   (default 30 a target; FUZZ_KEEP=DIR keeps the grown corpora there)
# Builds the Fuzz package with AddressSanitizer and libFuzzer's coverage first. A crash, leak or timeout stops
# with exit 1 and leaves the input in .build-fuzz-crashes/; make it a fixture of the bad-input corpus
# (Tests/SurveyFormatsTests/Fixtures/bad, a row in corpus.tsv) once fixed.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-30}"
cd "$root"

swift build --package-path Fuzz -Xswiftc -sanitize=address -Xswiftc -Xfrontend -Xswiftc -sanitize=fuzzer,address \
  2>&1 | grep -v "ld.gold: warning: Cannot export local symbol" >&2
bin="$(swift build --package-path Fuzz --show-bin-path)"
work="${FUZZ_KEEP:-$(mktemp -d)}"
[ -n "${FUZZ_KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
crashes="$root/.build-fuzz-crashes"
mkdir -p "$crashes"

# seed TARGET PREFIX EXT...: the fixtures with these extensions (under 64 KB), each after PREFIX, the bytes a
# target reads first to choose its delimiter, record selection or instrument and dialect.
seed() {
  local target="$1" prefix="$2" n=0
  shift 2
  mkdir -p "$work/$target"
  for ext in "$@"; do
    while IFS= read -r -d '' file; do
      n=$((n + 1))
      { printf "$prefix"; cat "$file"; } > "$work/$target/seed-$n"
    done < <(find Tests surveys -name "*.$ext" -size -64k -print0 | sort -z)
  done
}
seed FuzzCSVReader '\000' csv
seed FuzzXMLReader '\000' xml
seed FuzzXLSXReader '' xlsx
seed FuzzAdapters '\000\000\000' csv
seed FuzzAdapters '\000\000\001' xml
seed FuzzAdapters '\000\000\002' xlsx

total=0
for target in FuzzCSVReader FuzzXMLReader FuzzXLSXReader FuzzAdapters; do
  seeds=$(ls "$work/$target" | wc -l)
  status=0
  # ZIPFoundation leaks small blocks while opening and unpacking damaged workbooks (docs/reliability.md), so
  # leaks are not looked for where workbooks are read; memory errors are, everywhere.
  leaks=1
  case "$target" in FuzzXLSXReader | FuzzAdapters) leaks=0 ;; esac
  ASAN_OPTIONS="detect_leaks=$leaks" "$bin/$target" "$work/$target" -detect_leaks="$leaks" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$crashes/$target-" >"$work/$target.log" 2>&1 || status=$?
  runs="$(awk '/stat::number_of_executed_units/ { print $2 }' "$work/$target.log")"
  if [ "$status" -ne 0 ]; then
    tail -40 "$work/$target.log" >&2
    echo "FAIL: $target found a crash after ${runs:-?} inputs; the input is in $crashes" >&2
    exit 1
  fi
  total=$((total + runs))
  echo "$target: $runs inputs in ${seconds} s from $seeds seeds, $(ls "$work/$target" | wc -l) in the corpus after; no crash"
done
echo "fuzzing: $total inputs in all, no crash, leak or timeout"
