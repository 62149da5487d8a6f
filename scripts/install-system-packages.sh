#!/usr/bin/env bash
# Installs the Debian packages carevoice builds against, if they are missing. Needs root or sudo.
set -euo pipefail

packages=(libxml2-dev libsqlite3-dev libxlsxwriter-dev pkg-config sqlite3 time python3)
missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
