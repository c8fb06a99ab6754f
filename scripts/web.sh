#!/usr/bin/env bash
# The NL Design System for the zelftoets page: Utrecht's component CSS and design tokens from npm (web/package.json,
# pinned in web/package-lock.json), copied into src/Assessment.Functions/wwwroot/nlds so the app serves them itself
# (no CDN; strict CSP). The copies are committed, so a build needs no npm; this script makes or checks them.
#   bash scripts/web.sh kopieer    installs the locked packages and copies their CSS into wwwroot/nlds
#   bash scripts/web.sh controleer installs the locked packages and fails when the committed copies differ (CI)
# A province applies its own theme by replacing wwwroot/nlds/thema.css (the .utrecht-theme tokens) with its own.
set -euo pipefail
cd "$(dirname "$0")/.."
doel=src/Assessment.Functions/wwwroot/nlds
bron=web/node_modules/@utrecht
exec 9>web/.npm.lock
flock 9
npm ci --prefix web --no-audit --no-fund --loglevel=error >/dev/null
flock -u 9
declare -A bestanden=(
  [componenten.css]="$bron/component-library-css/dist/index.css"
  [thema.css]="$bron/design-tokens/dist/theme.css"
)
case "${1:-}" in
  kopieer)
    mkdir -p "$doel"
    for naam in "${!bestanden[@]}"; do cp "${bestanden[$naam]}" "$doel/$naam"; done
    echo "NL Design System gekopieerd naar $doel"
    ;;
  controleer)
    for naam in "${!bestanden[@]}"; do
      cmp -s "${bestanden[$naam]}" "$doel/$naam" || { echo "$doel/$naam wijkt af van het npm-pakket; draai: bash scripts/web.sh kopieer" >&2; exit 1; }
    done
    echo "NL Design System in $doel is gelijk aan web/package-lock.json"
    ;;
  *) echo "Gebruik: bash scripts/web.sh kopieer|controleer" >&2; exit 64 ;;
esac
