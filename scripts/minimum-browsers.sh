#!/usr/bin/env bash
# Unpacks the oldest browsers the extension declares (manifest.json: minimum_chrome_version and the gecko
# strict_min_version) from Debian's archive into a folder, beside whatever the system has installed, and prints
# the two paths as CHROMIUM_PATH=… and FIREFOX_PATH=… lines. Prints nothing, and says why on stderr, when the
# archive this machine uses offers no such version (a newer Debian release carries newer browsers only).
# Usage: scripts/minimum-browsers.sh [folder]   (needs apt-get; run 'apt-get update' first)
set -euo pipefail
cd "$(dirname "$0")/.."
dest="${1:-.cache/minimum-browsers}"
chrome_min=$(node -p "require('./manifest.json').minimum_chrome_version")
firefox_min=$(node -p "parseInt(require('./manifest.json').browser_specific_settings.gecko.strict_min_version, 10)")

offered() { apt-cache madison "$1" 2>/dev/null | awk -F'|' '{gsub(/ /, "", $2); print $2}' | grep "^$2\." | head -n 1; }
chromium_version=$(offered chromium "$chrome_min")
common_version=$(offered chromium-common "$chrome_min")
firefox_version=$(offered firefox-esr "$firefox_min")
if [ -z "$chromium_version" ] || [ "$chromium_version" != "$common_version" ] || [ -z "$firefox_version" ]; then
  echo "minimum-browsers: this machine's Debian archive offers no Chromium $chrome_min and Firefox ESR $firefox_min" >&2
  exit 0
fi

mkdir -p "$dest"
dest=$(cd "$dest" && pwd)
stamp="$dest/root/.versions"
want="chromium=$chromium_version firefox-esr=$firefox_version"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  rm -rf "$dest/root" "$dest/debs" && mkdir -p "$dest/root" "$dest/debs"
  # apt-get download writes into the current folder; the _apt user may not reach it, hence the chmod.
  chmod 777 "$dest/debs"
  (cd "$dest/debs" && apt-get download -q "chromium=$chromium_version" "chromium-common=$chromium_version" "firefox-esr=$firefox_version" >&2)
  for deb in "$dest"/debs/*.deb; do dpkg -x "$deb" "$dest/root"; done
  rm -rf "$dest/debs"
  echo "$want" > "$stamp"
fi
echo "CHROMIUM_PATH=$dest/root/usr/lib/chromium/chromium"
echo "FIREFOX_PATH=$dest/root/usr/lib/firefox-esr/firefox-esr"
