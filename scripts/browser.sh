#!/usr/bin/env bash
# What the browser tests of the zelftoets page need: Debian's Chromium (apt package "chromium", at
# /usr/bin/chromium; CI installs it, see .ci/run) and axe-core (npm) for the accessibility checks, installed
# here into .tools/axe. Prints the path of axe.min.js. Used by the test fixture and CI.
# Usage: bash scripts/browser.sh installeer
set -euo pipefail
cd "$(dirname "$0")/.."
axe_versie=4.14.1
axe=.tools/axe/node_modules/axe-core/axe.min.js
mkdir -p .tools
exec 9>.tools/axe.lock
flock 9
if [ ! -f "$axe" ]; then
  npm install --prefix .tools/axe --no-audit --no-fund --loglevel=error "axe-core@$axe_versie" >/dev/null
fi
flock -u 9
if [ ! -x /usr/bin/chromium ]; then
  echo "Chromium ontbreekt: installeer het Debian-pakket (sudo apt-get install chromium)." >&2
  exit 69
fi
echo "$PWD/$axe"
