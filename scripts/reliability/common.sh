# Shared by the reliability scripts: where the carevoice binary is, how to make a synthetic CiCC export,
# and how to check that a database holds every batch wholly or not at all. Source it; do not run it.

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
workspace="$root/surveys"
instrument="cicc-pledge-consultation"

# The carevoice binary: $CAREVOICE if set, else the debug build (built if missing).
carevoice_binary() {
  if [ -n "${CAREVOICE:-}" ]; then
    echo "$CAREVOICE"
    return
  fi
  if [ ! -x "$root/.build/debug/carevoice" ]; then
    (cd "$root" && swift build --product carevoice >&2)
  fi
  echo "$root/.build/debug/carevoice"
}

# make_export FILE ROWS PREFIX: a CiCC consultation export of ROWS responses whose ids start with PREFIX.
make_export() {
  awk -v rows="$2" -v prefix="$3" 'BEGIN {
    print "response_id,date_completed,age_band,status,heard_of_pledge,knows_social_worker,have_say," \
      "family_contact,safe_settled,education_help,feelings_help,hobbies,respect_privacy,ready_adult,how_hear," \
      "pledge_comments"
    split("11-15 16-17 18-25", ages, " "); split("In care|Care leaver", statuses, "|")
    split("Agree|Sort of|Disagree|Don'"'"'t know", scale, "|"); split("text|leaflet|worker|cicc;app", hear, "|")
    srand(length(prefix) * 7919 + rows)
    for (n = 1; n <= rows; n++) {
      line = prefix "-" n "," sprintf("%02d/%02d/2025", 1 + n % 28, 4 + n % 9) "," ages[1 + n % 3] "," \
        statuses[1 + n % 2] "," (n % 4 ? "Yes" : "No")
      for (q = 0; q < 9; q++) line = line "," scale[1 + int(rand() * 4)]
      line = line "," hear[1 + n % 4] ",\"Comment " n ", with a comma\""
      print line
    }
  }' > "$1"
}

# check_database DB: PRAGMA integrity_check is ok, no orphan rows, and every batch is whole:
# the respondents tally counts equal the responses the batches say they loaded. Prints the totals.
check_database() {
  local db="$1" binary
  binary="$(carevoice_binary)"
  local integrity
  integrity="$(sqlite3 -readonly "$db" "PRAGMA integrity_check" 2>&1)"
  if [ "$integrity" != "ok" ]; then
    echo "FAIL: integrity_check on $db: $integrity" >&2
    return 1
  fi
  local orphans
  orphans="$(sqlite3 -readonly "$db" "PRAGMA foreign_key_check" 2>&1)"
  if [ -n "$orphans" ]; then
    echo "FAIL: foreign_key_check on $db: $orphans" >&2
    return 1
  fi
  # batches prints a table whose "responses" column is right-aligned under its heading; sum it.
  local listed stored
  listed="$("$binary" batches --db "$db" --workspace "$workspace" 2>/dev/null \
    | awk 'NR == 1 { at = index($0, "responses") } NR > 2 && at > 0 { sum += substr($0, at, 9) } END { print sum + 0 }')"
  stored="$("$binary" tally --instrument "$instrument" --db "$db" --workspace "$workspace" --format json --min-cell 0 \
    2>/dev/null | awk -F'[:,]' '/"respondents"/ && !seen { gsub(/ /, "", $2); print $2; seen = 1 }')"
  stored="${stored:-0}"
  if [ "$listed" != "$stored" ]; then
    echo "FAIL: the batches of $db list $listed responses but $stored are stored" >&2
    return 1
  fi
  echo "$listed"
}
