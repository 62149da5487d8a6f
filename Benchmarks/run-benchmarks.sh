#!/usr/bin/env bash
# The one benchmark command of carevoice (docs/performance.md):
#
#   Benchmarks/run-benchmarks.sh [--responses N] [--runs R] [--out FILE] [--scaling] [--no-build]
#
# Builds carevoice and carevoice-bench in release, generates the synthetic workload into
# Benchmarks/data/ (kept between runs, ignored by git), times every command and its peer
# R times (default 5), and prints a Markdown table of medians, throughput, peak memory and
# speed against the peer; the table, the machine, the versions and this command line go to
# FILE (default docs/performance-run.md). --scaling runs the whole set at 10,000, 100,000
# and 1,000,000 responses and adds a table of how each command scales. A generator or a
# carevoice command that does not exist yet is skipped, with a note in the output.
# CAREVOICE=PATH and CAREVOICE_BENCH=PATH time other builds of the two executables.
set -euo pipefail

usage() {
  sed -n '4p' "$0" | sed 's/^#   /usage: /' >&2
  exit 64
}

command_line="Benchmarks/run-benchmarks.sh${*:+ $*}"
responses=1000000
runs=5
out=docs/performance-run.md
scaling=false
build=true
while (($#)); do
  case $1 in
    --responses) [[ ${2:-} =~ ^[0-9]+$ ]] || usage; responses=$2; shift 2 ;;
    --runs) [[ ${2:-} =~ ^[1-9][0-9]*$ ]] || usage; runs=$2; shift 2 ;;
    --out) [[ -n ${2:-} ]] || usage; out=$2; shift 2 ;;
    --scaling) scaling=true; shift ;;
    --no-build) build=false; shift ;;
    -h | --help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) usage ;;
  esac
done

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
data=Benchmarks/data
workspace=Benchmarks/workspace
peers=Benchmarks/peers
mkdir -p "$data/logs"
notes=()
note() {
  local seen
  for seen in "${notes[@]}"; do [[ $seen == "$1" ]] && return 0; done
  notes+=("$1")
  echo "note: $1" >&2
}
say() { echo "== $*" >&2; }

# --- tools -------------------------------------------------------------------------------

[[ -x /usr/bin/time ]] || { echo "error: GNU time is missing (Debian: apt-get install time)" >&2; exit 1; }
have_xmllint=true
command -v xmllint >/dev/null || { have_xmllint=false; note "xmllint is missing (Debian: libxml2-utils): its rows are skipped"; }

export PYTHONDONTWRITEBYTECODE=1 # no __pycache__ beside the peers
python=python3
peers_ok=true
venv=$data/peers-venv
if [[ ! -x $venv/bin/python ]] || ! cmp -s "$peers/requirements.txt" "$venv/requirements.txt"; then
  say "installing the peers (DuckDB, pandas) into $venv"
  rm -rf "$venv"
  if python3 -m venv "$venv" >&2 && "$venv/bin/pip" install -q -r "$peers/requirements.txt" >&2; then
    cp "$peers/requirements.txt" "$venv/requirements.txt"
  else
    rm -rf "$venv"
  fi
fi
if [[ -x $venv/bin/python ]]; then
  python=$venv/bin/python
elif ! python3 -c 'import duckdb, pandas' 2>/dev/null; then
  peers_ok=false
  note "DuckDB and pandas could not be installed (pip install -r $peers/requirements.txt): peers skipped"
fi

if $build; then
  say "building carevoice and carevoice-bench (release)"
  CAREVOICE_BENCHMARKS=1 swift build -c release >&2
fi
bin=$(CAREVOICE_BENCHMARKS=1 swift build -c release --show-bin-path)
carevoice=${CAREVOICE:-$bin/carevoice}
bench=${CAREVOICE_BENCH:-$bin/carevoice-bench}
[[ -x $bench ]] || { echo "error: $bench is missing; run without --no-build" >&2; exit 1; }

# Whether carevoice has a subcommand: one listed under SUBCOMMANDS in `carevoice --help`.
subcommands=$({ [[ -x $carevoice ]] && "$carevoice" --help 2>/dev/null; } |
  awk '/^SUBCOMMANDS:/ { listed = 1; next } /^[A-Z]/ { listed = 0 } listed && /^  [a-z]/ { print $1 }' || true)
has_command() { grep -qx "$1" <<<"$subcommands"; }

# --- the workload ------------------------------------------------------------------------

# generate KIND OUT N: runs `carevoice-bench generate-KIND OUT --responses N` unless OUT exists;
# writes to a temporary name first so an interrupted run never leaves half a file.
generate() {
  local kind=$1 path=$2 count=$3
  [[ -e $path ]] && return 0
  say "generating $path ($count responses)"
  rm -rf "$path.partial"
  if "$bench" "generate-$kind" "$path.partial" --responses "$count" >&2 && [[ -f $path.partial && -s $path.partial ||
    -d $path.partial && -n $(ls -A "$path.partial") ]]; then
    mv "$path.partial" "$path"
  else
    rm -rf "$path.partial"
    note "carevoice-bench generate-$kind wrote no $path: its figures are not measured yet"
    return 1
  fi
}

# --- timing ------------------------------------------------------------------------------

declare -A median peak failed
median_of() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

# measure KEY COMMAND...: runs COMMAND $runs times (after $prepare, untimed), keeping the median
# wall time in seconds and the largest peak resident set in MB. Output goes to $data/logs/KEY.*.
prepare=
measure() {
  local key=$1
  shift
  local log=$data/logs/${key//\//-} times=() most=0 run start end rc
  say "$key: $*"
  for ((run = 1; run <= runs; run++)); do
    if [[ -n $prepare ]]; then eval "$prepare"; fi
    start=$(date +%s%N)
    rc=0
    /usr/bin/time -f %M -o "$log.rss" "$@" >"$log.out" 2>"$log.err" || rc=$?
    end=$(date +%s%N)
    if ((rc != 0)); then
      failed[$key]="exit $rc: $(head -c 300 "$log.err" | head -1)"
      note "$key failed (${failed[$key]}); see $log.err"
      return 1
    fi
    times+=("$(awk -v ns=$((end - start)) 'BEGIN { printf "%.4f", ns / 1e9 }')")
    local rss
    rss=$(tail -1 "$log.rss")
    if ((rss > most)); then most=$rss; fi
  done
  median[$key]=$(median_of "${times[@]}")
  peak[$key]=$(awk -v kb="$most" 'BEGIN { printf "%.1f", kb / 1024 }')
  echo "   median ${median[$key]} s, peak ${peak[$key]} MB" >&2
}

# measure_reader SIZE NAME COMMAND FILE: runs `carevoice-bench COMMAND FILE --runs 1` $runs times and
# keeps, for each way of reading it reports (a line "WAY: ... S s, R MB/s, peak RSS M MB"), the
# median of the times it reports: the reader alone, without the process starting.
measure_reader() {
  local size=$1 name=$2 command=$3 file=$4 log=$data/logs/$1-$2-reader run
  say "$size/$name-reader: $bench $command $file"
  : >"$log.all"
  for ((run = 1; run <= runs; run++)); do
    "$bench" "$command" "$file" --runs 1 >"$log.out" 2>"$log.err" || {
      note "carevoice-bench $command failed on $file: $(head -1 "$log.err")"
      return 1
    }
    awk 'match($0, /[0-9.]+ s, [0-9.]+ MB\/s, peak RSS [0-9.]+ MB/) {
      split(substr($0, RSTART, RLENGTH), f, " "); way = $0; sub(/:.*/, "", way); print way "\t" f[1] "\t" f[7]
    }' "$log.out" >>"$log.all"
  done
  if [[ ! -s $log.all ]]; then
    note "carevoice-bench $command printed no measurement on $file (not written yet?): not measured"
    return 1
  fi
  local way times
  while IFS= read -r way; do
    local key="$size/$name-reader: $way"
    mapfile -t times < <(awk -F '\t' -v w="$way" '$1 == w { print $2 }' "$log.all")
    median[$key]=$(median_of "${times[@]}")
    peak[$key]=$(awk -F '\t' -v w="$way" '$1 == w { print $3 }' "$log.all" | sort -g | tail -1)
    READER_WAYS[$name]+="$way"$'\n'
    echo "   $way: median ${median[$key]} s" >&2
  done < <(cut -f1 "$log.all" | awk '!seen[$0]++')
}
declare -A READER_WAYS

# --- one size ----------------------------------------------------------------------------

declare -A bytes_of files_of
run_size() {
  local n=$1
  local csv=$data/responses-$n.csv xml=$data/responses-$n.xml odk=$data/odk-$((n / 10))
  local db=$data/load-$n.sqlite
  generate csv "$csv" "$n" || return 1
  bytes_of[$n/csv]=$(stat -c %s "$csv")
  if generate xml "$xml" "$n"; then bytes_of[$n/xml]=$(stat -c %s "$xml"); else xml=; fi
  local commands
  commands=$("$bench" 2>&1 || true)
  if [[ ! -e $odk && $commands != *generate-odk* ]]; then
    note "carevoice-bench has no generate-odk yet: the ODK folder is not measured"
    odk=
  elif generate odk "$odk" $((n / 10)); then
    files_of[$n]=$(find "$odk" -name '*.xml' | wc -l)
  else
    odk=
  fi
  cat "$csv" ${xml:+"$xml"} >/dev/null # into the page cache, so that no run pays for the disk
  if [[ -n $odk ]]; then find "$odk" -name "*.xml" -print0 | xargs -0 cat >/dev/null; fi

  measure "$n/wc" wc -l "$csv" || true
  measure_reader "$n" csv csv-reader "$csv" || true
  if $peers_ok; then
    measure "$n/duckdb-load" "$python" "$peers/duckdb_tally.py" "$csv" --load-only || true
    measure "$n/duckdb-group" "$python" "$peers/duckdb_tally.py" "$csv" || true
    measure "$n/pandas" "$python" "$peers/pandas_tally.py" "$csv" || true
    local peer
    for peer in duckdb-load duckdb-group pandas; do
      if [[ -n ${median[$n/$peer]:-} ]]; then
        note "$n/$peer, inside the process (last run): $(grep -v '^checksum' "$data/logs/$n-$peer.out" | tr '\n' ' ')"
      fi
    done
  fi
  if [[ -n $xml ]]; then
    if $have_xmllint; then measure "$n/xmllint" xmllint --stream --noout "$xml" || true; fi
    measure_reader "$n" xml xml-reader "$xml" || true
  fi
  if [[ -n $odk ]]; then
    $have_xmllint && measure "$n/xmllint-odk" sh -c 'find "$1" -name "*.xml" -print0 | xargs -0 xmllint --stream --noout' - "$odk" || true
    measure_reader "$n" odk xml-reader "$odk" || true
  fi

  local common=(--workspace "$workspace" --instrument benchmark-survey)
  if has_command load; then
    # every load starts from a fresh database; the CSV one is kept for tally, themes and report
    prepare="rm -f '$db' '$db-wal' '$db-shm'"
    measure "$n/load-csv" "$carevoice" load "$csv" "${common[@]}" --period 2025-26 --db "$db" || true
    if [[ -n $xml ]]; then
      prepare="rm -f '$data/scratch.sqlite'*"
      measure "$n/load-xml" "$carevoice" load "$xml" "${common[@]}" --period 2025-26 --db "$data/scratch.sqlite" || true
    fi
    if [[ -n $odk ]]; then
      prepare="rm -f '$data/scratch.sqlite'*"
      measure "$n/load-odk" "$carevoice" load "$odk" "${common[@]}" --format odk --period 2025-26 \
        --db "$data/scratch.sqlite" || true
    fi
    rm -f "$data/scratch.sqlite"*
    prepare=
    [[ -n ${median[$n/load-csv]:-} ]] || db=
  else
    note "carevoice has no 'load' command yet: load, tally, themes, pledge and report are not measured"
    db=
  fi
  if [[ -n $db ]]; then
    local tally=$data/tally-$n.json
    if has_command tally; then
      measure "$n/tally" "$carevoice" tally "${common[@]}" --db "$db" --format json --min-cell 0 &&
        cp "$data/logs/$n-tally.out" "$tally" || true
      if [[ -s $tally ]] && $peers_ok; then
        "$python" "$peers/duckdb_tally.py" "$csv" --json "$data/duckdb-$n.json" >/dev/null
        if "$python" "$peers/compare_counts.py" "$data/duckdb-$n.json" "$tally" >"$data/logs/$n-compare.out"; then
          note "at $n responses, carevoice's tally agrees with DuckDB's on every count"
        else
          note "at $n responses, carevoice's tally DISAGREES with DuckDB's: see $data/logs/$n-compare.out"
        fi
      fi
    else
      note "carevoice has no 'tally' command yet: not measured"
    fi
    if has_command themes; then
      measure "$n/themes" "$carevoice" themes "${common[@]}" --db "$db" --format json --min-cell 0 || true
    else
      note "carevoice has no 'themes' command yet: not measured"
    fi
    if has_command pledge; then
      measure "$n/pledge" "$carevoice" pledge --workspace "$workspace" --pledge benchmark-pledge --db "$db" \
        --format json || true
    else
      note "carevoice has no 'pledge' command yet: not measured"
    fi
    if has_command report; then
      rm -rf "$data/reports-$n"
      measure "$n/report" "$carevoice" report --workspace "$workspace" --pledge benchmark-pledge --db "$db" \
        --out "$data/reports-$n" || true
    else
      note "carevoice has no 'report' command yet: not measured"
    fi
  fi
}

sizes=("$responses")
$scaling && sizes=(10000 100000 1000000)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for n in "${sizes[@]}"; do
  say "--- $n responses ---"
  run_size "$n"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# --- the report --------------------------------------------------------------------------

results=$data/results.tsv
{
  for key in "${!median[@]}"; do printf 'time\t%s\t%s\t%s\n' "$key" "${median[$key]}" "${peak[$key]:-}"; done
  for key in "${!bytes_of[@]}"; do printf 'bytes\t%s\t%s\n' "$key" "${bytes_of[$key]}"; done
  for key in "${!files_of[@]}"; do printf 'files\t%s\t%s\n' "$key" "${files_of[$key]}"; done
  for kind in "${!READER_WAYS[@]}"; do
    while IFS= read -r way; do
      if [[ -n $way ]]; then printf 'way\t%s\t%s\n' "$kind" "$way"; fi
    done <<<"${READER_WAYS[$kind]}"
  done
} >"$results"

versions() {
  echo "- swift: $(swift --version 2>&1 | grep -m1 -o 'Swift version [^ ]*')"
  if $peers_ok; then
    "$python" -c 'import sys, duckdb, pandas, numpy; print(f"- python: {sys.version.split()[0]}\n- duckdb: {duckdb.__version__}\n- pandas: {pandas.__version__} (numpy {numpy.__version__})")'
  fi
  if $have_xmllint; then
    echo "- libxml2 (xmllint): $(xmllint --version 2>&1 | grep -m1 -o 'libxml version [0-9]*' | cut -d' ' -f3)"
  fi
  echo "- $(wc --version | head -1)"
}

machine() {
  echo "- CPU: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores"
  echo "- RAM: $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1024 / 1024 }' /proc/meminfo)"
  echo "- kernel: $(uname -sr)"
  echo "- load average (1, 5, 15 min): $load_before before, $load_after after"
}

{
  echo "## Run of $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "\`$command_line\` — median of $runs runs."
  echo
  echo "### Machine"
  echo
  machine
  echo
  echo "### Versions"
  echo
  versions
  echo
  "$python" - "$results" "$runs" "${sizes[@]}" <<'PY'
import sys

results, runs, sizes = sys.argv[1], int(sys.argv[2]), [int(s) for s in sys.argv[3:]]
median, peak, size_of, files_of, ways = {}, {}, {}, {}, {"csv": [], "xml": [], "odk": []}
for line in open(results):
    kind, key, *rest = line.rstrip("\n").split("\t")
    if kind == "time":
        median[key] = float(rest[0])
        peak[key] = float(rest[1]) if rest[1] else None
    elif kind == "bytes":
        size_of[key] = int(rest[0])
    elif kind == "files":
        files_of[int(key)] = int(rest[0])
    elif kind == "way" and rest[0] not in ways.setdefault(key, []):
        ways[key].append(rest[0])

# (key, what, unit, peer, target, carevoice?): unit is what a second processes; target is
# ("MB/s", x), ("peer", x: at least x times the peer's speed), ("s", x: under x seconds), ("files/s", x).
def reader_name(command, way):
    return f"carevoice-bench {command}" + ("" if way == command else f", {way}")

def rows(n):
    load_tally = ["load-csv", "tally"]
    table = [
        ("wc", "`wc -l` on the CSV", "csv", None, None, False),
    ]
    for way in ways["csv"]:
        target = ("MB/s", 200) if "forEachRow" in way else None
        table.append((f"csv-reader: {way}", reader_name("csv-reader", way), "csv", "wc", target, True))
    table += [
        ("duckdb-load", "DuckDB `read_csv` into a table", "csv", None, None, False),
        ("load-csv", "carevoice load (CSV)", "csv", "duckdb-load", ("peer", 1), True),
        ("duckdb-group", "DuckDB `read_csv` + `GROUP BY` every question", "csv", None, None, False),
        ("pandas", "pandas `read_csv` + `value_counts` every question", "csv", None, None, False),
        (load_tally, "carevoice load + tally (CSV)", "csv", "duckdb-group", ("peer", 1), True),
        (load_tally, "carevoice load + tally (CSV), against pandas", "csv", "pandas", ("peer", 3), True),
        ("tally", "carevoice tally (stored responses)", "rows", None, ("s", 2), True),
        ("themes", "carevoice themes (stored responses)", "rows", None, ("s", 2), True),
        ("pledge", "carevoice pledge (stored responses)", "rows", None, ("s", 2), True),
        ("report", "carevoice report --pledge (stored responses)", "rows", None, ("s", 2), True),
        ("xmllint", "`xmllint --stream --noout` on the XML", "xml", None, None, False),
    ]
    for way in ways["xml"]:
        table.append((f"xml-reader: {way}", reader_name("xml-reader", way), "xml", "xmllint", ("peer", 1), True))
    if not ways["xml"]:
        table.append(("xml-reader", "carevoice-bench xml-reader", "xml", "xmllint", ("peer", 1), True))
    table += [
        ("load-xml", "carevoice load (XML)", "xml", "xmllint", ("peer", 0.5), True),
        ("xmllint-odk", "`xmllint --stream --noout` on every ODK file (xargs)", "files", None, None, False),
    ]
    for way in ways["odk"]:
        table.append((f"odk-reader: {way}", reader_name("xml-reader", way) + " on the ODK folder", "files", "xmllint-odk",
                      None, True))
    table.append(("load-odk", "carevoice load (ODK folder)", "files", "xmllint-odk", ("files/s", 2000), True))
    return table

def seconds(n, key):
    keys = key if isinstance(key, list) else [key]
    found = [median.get(f"{n}/{k}") for k in keys]
    return None if None in found else sum(found)

def peak_mb(n, key):
    keys = key if isinstance(key, list) else [key]
    found = [peak.get(f"{n}/{k}") for k in keys]
    return None if None in found else max(found)

def rate(n, unit, s):
    if unit in ("csv", "xml"):
        size = size_of.get(f"{n}/{unit}")
        return f"{size / 1e6 / s:,.1f} MB/s" if size else ""
    if unit == "rows":
        return f"{n / s:,.0f} rows/s"
    return f"{files_of[n] / s:,.0f} files/s" if n in files_of else ""

def verdict(n, unit, s, ratio, target, memory, is_carevoice):
    parts = []
    if target:
        kind, x = target
        if kind == "MB/s":
            ok = size_of[f"{n}/{unit}"] / 1e6 / s >= x
            parts.append(f"≥ {x} MB/s: {'yes' if ok else 'NO'}")
        elif kind == "peer" and ratio is not None:
            parts.append(f"≥ {x:g}× peer: {'yes' if ratio >= x else 'NO'}")
        elif kind == "s":
            parts.append(f"< {x} s: {'yes' if s < x else 'NO'}")
        elif kind == "files/s" and n in files_of:
            parts.append(f"≥ {x:,} files/s: {'yes' if files_of[n] / s >= x else 'NO'}")
    if is_carevoice and memory is not None:
        parts.append(f"< 200 MB: {'yes' if memory < 200 else 'NO'}")
    return "; ".join(parts)

for n in sizes:
    print(f"### {n:,} responses")
    print()
    for unit, name in (("csv", "CSV"), ("xml", "XML")):
        if f"{n}/{unit}" in size_of:
            print(f"- {name}: {size_of[f'{n}/{unit}'] / 1e6:,.1f} MB")
    if n in files_of:
        print(f"- ODK folder: {files_of[n]:,} files")
    print()
    print("| command | median s | throughput | peak MB | peer | × peer speed | target met |")
    print("| --- | ---: | ---: | ---: | --- | ---: | --- |")
    for key, what, unit, peer, target, is_carevoice in rows(n):
        s = seconds(n, key)
        if s is None:
            print(f"| {what} | not yet measured | | | | | |")
            continue
        memory = peak_mb(n, key)
        peer_s = seconds(n, peer) if peer else None
        ratio = peer_s / s if peer_s else None
        peer_name = next((w for k, w, *_ in rows(n) if k == peer), "") if peer else ""
        print(
            f"| {what} | {s:.3f} | {rate(n, unit, s)} | {'' if memory is None else f'{memory:.1f}'} | "
            f"{peer_name} | {'' if ratio is None else f'{ratio:.2f}'} | {verdict(n, unit, s, ratio, target, memory, is_carevoice)} |"
        )
    print()

if len(sizes) > 1:
    print("### Scaling (median seconds; throughput in brackets)")
    print()
    print("| command | " + " | ".join(f"{n:,}" for n in sizes) + " |")
    print("| --- |" + " ---: |" * len(sizes))
    for key, what, unit, *_ in rows(sizes[-1]):
        cells = []
        for n in sizes:
            s = seconds(n, key)
            cells.append("—" if s is None else f"{s:.3f} ({rate(n, unit, s)})")
        if any(c != "—" for c in cells):
            print(f"| {what} | " + " | ".join(cells) + " |")
    print()
PY
  if ((${#notes[@]})); then
    echo "### Notes"
    echo
    printf -- '- %s\n' "${notes[@]}"
    echo
  fi
  echo "\"× peer speed\" is the peer's median time divided by carevoice's: above 1, carevoice is faster."
  echo "Peak MB is the largest peak resident set of the runs (\`/usr/bin/time -f %M\`; for carevoice-bench"
  echo "readers, the process's VmHWM after that way of reading). Peers run with their defaults"
  echo "(DuckDB uses every core). carevoice's CSV load runs on six threads, its XML load on four, themes on two;"
  echo "tally, pledge and report run on one."
} >"$out.partial"
mv "$out.partial" "$out"
cat "$out"
echo "wrote $out" >&2
