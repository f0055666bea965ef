#!/usr/bin/env bash
# The browser tests use Debian's Chromium (test tools cannot download browsers here): install it when missing.
set -euo pipefail
chrome="${CHROME_PATH:-/usr/bin/chromium}"
[ -x "$chrome" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium is missing at $chrome. Install it with: sudo apt-get install -y chromium (or set CHROME_PATH)." >&2
  exit 1
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
