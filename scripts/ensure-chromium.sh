#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (never a downloaded browser). Install it
# when we can (root on Debian); otherwise stop with instructions.
set -euo pipefail
chrome="${CHROME_PATH:-/usr/bin/chromium}"
if [ -x "$chrome" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found at $chrome: installing Debian's chromium package..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
  [ -x "$chrome" ] && exit 0
fi
echo "The end-to-end tests need Chromium at $chrome (or set CHROME_PATH)." >&2
echo "On Debian/Ubuntu: sudo apt-get install chromium   (no browser downloads are used)" >&2
exit 1
