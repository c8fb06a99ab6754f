#!/usr/bin/env bash
# Installs Azurite (the Azure Storage emulator, npm package "azurite") into .tools/azurite, and optionally
# starts it in memory on the given ports (telemetry off: it would call out of this network). Used by scripts/start.sh, the test fixtures and CI.
# Usage: bash scripts/azurite.sh installeer
#        bash scripts/azurite.sh start BLOBPOORT QUEUEPOORT TABLEPOORT [MAP]   (foreground; MAP = keep data on disk)
set -euo pipefail
cd "$(dirname "$0")/.."
versie=3.35.0
bin=.tools/azurite/node_modules/.bin/azurite
# One install at a time: test assemblies run in parallel and each fixture may ask for it.
mkdir -p .tools
exec 9>.tools/azurite.lock
flock 9
if [ ! -x "$bin" ]; then
  npm install --prefix .tools/azurite --no-audit --no-fund --loglevel=error "azurite@$versie" >/dev/null
fi
flock -u 9
case "${1:-installeer}" in
  installeer) echo "$bin" ;;
  start)
    # In memory, or in folder $5 when given (so a restart keeps the data, for fault tests).
    if [ -n "${5:-}" ]; then opslag=(--location "$5"); else opslag=(--inMemoryPersistence); fi
    exec "$bin" --silent --disableTelemetry "${opslag[@]}" --skipApiVersionCheck --disableProductStyleUrl \
      --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 \
      --blobPort "$2" --queuePort "$3" --tablePort "$4" ;;
  *) echo "gebruik: $0 installeer | start BLOBPOORT QUEUEPOORT TABLEPOORT" >&2; exit 64 ;;
esac
