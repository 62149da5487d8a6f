#!/usr/bin/env bash
# Installs what scripts/check-html-reports.py needs, if it is missing: Debian's Chromium and
# chromedriver, and pinned Selenium and axe-selenium-python from PyPI. Needs root or sudo
# for the Debian packages. Does nothing, quickly, when everything is already there.
set -euo pipefail

python="${PYTHON:-python3}"
debian_packages=(chromium chromium-driver fonts-dejavu-core)
# Tested together (docs/browser-check.md). selenium 4.52.0 needs a newer certifi than PyPI serves here.
python_packages=(selenium==4.51.0 axe-selenium-python==2.1.6)

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"

# Whether every pin is installed at its version, without asking PyPI.
pins_installed() {
  "$python" - "${python_packages[@]}" <<'PY'
import sys
from importlib.metadata import PackageNotFoundError, version

for pin in sys.argv[1:]:
    name, wanted = pin.split("==")
    try:
        if version(name) != wanted:
            sys.exit(1)
    except PackageNotFoundError:
        sys.exit(1)
PY
}

missing=()
for package in "${debian_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
done
need_pins=false
if ! pins_installed; then
  need_pins=true
  "$python" -m pip --version >/dev/null 2>&1 || missing+=(python3-pip)
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "install-browser-check: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if $need_pins; then
  echo "install-browser-check: installing ${python_packages[*]}"
  pip_flags=(--quiet --disable-pip-version-check --root-user-action=ignore)
  # Debian's own python3 refuses pip installs (PEP 668) unless told otherwise.
  if "$python" -c 'import os, sys, sysconfig; sys.exit(not os.path.exists(os.path.join(sysconfig.get_path("stdlib"), "EXTERNALLY-MANAGED")))'; then
    pip_flags+=(--break-system-packages)
  fi
  # A Python whose site-packages this user cannot write gets the packages in the user's own.
  if ! "$python" -c 'import os, sys, sysconfig; sys.exit(not os.access(sysconfig.get_path("purelib"), os.W_OK))'; then
    pip_flags+=(--user)
  fi
  "$python" -m pip install "${pip_flags[@]}" "${python_packages[@]}"
fi
