#!/usr/bin/env bash
# Writes every report of the bundled workspace with `carevoice demo`, then checks each HTML report in headless
# Chromium (scripts/check-html-reports.py: console errors, outside resources, serious or critical axe violations,
# A4 print) and saves a screenshot of each.
#
# Usage: scripts/check-demo-reports.sh [REPORTS_DIR [SCREENSHOTS_DIR]]
#   REPORTS_DIR      where the demo writes its reports, relative to the repository (default: a new temporary
#                    folder, removed afterwards)
#   SCREENSHOTS_DIR  where screenshots, A4 prints and results.txt go (default: the check's own,
#                    carevoice-browser-check in the temporary folder)
# Environment: CAREVOICE (a built carevoice binary; default: `swift run carevoice`), AS_OF (YYYY-MM-DD, default today).
# Install what the check needs first with scripts/install-browser-check.sh. Exit status: that of the check.
set -euo pipefail
cd "$(dirname "$0")/.."

reports="${1:-}"
screenshots=()
[ -n "${2:-}" ] && screenshots=(--screenshots "$2")
if [ -z "$reports" ]; then
  reports="$(mktemp -d "${TMPDIR:-/tmp}/carevoice-demo-reports-XXXXXX")"
  trap 'rm -rf "$reports"' EXIT
fi

as_of=()
[ -n "${AS_OF:-}" ] && as_of=(--as-of "$AS_OF")
if [ -n "${CAREVOICE:-}" ]; then
  "$CAREVOICE" demo --out "$reports" "${as_of[@]}"
else
  swift run --quiet carevoice demo --out "$reports" "${as_of[@]}"
fi

python3 scripts/check-html-reports.py "$reports" "${screenshots[@]}"
