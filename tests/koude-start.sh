#!/usr/bin/env bash
# Cold start of the function app: starts the development host with the worker from a folder (default: the
# Release build; e.g. artifacts/functionapp after scripts/publiceer.sh for the ReadyToRun package) N times and
# reports, per start, the rule-set load inside the worker (and when its background compile ended), the worker ready (indexed and loaded) and the
# first assessment answered, each in ms after the worker process started. Usage: bash tests/koude-start.sh [map] [N]
set -euo pipefail
cd "$(dirname "$0")/.."
map=${1:-src/Assessment.Functions/bin/Release/net10.0}
n=${2:-5}
dotnet build tools/Assessment.Functiehost -c Release -v quiet -nologo >/dev/null
for i in $(seq "$n"); do
  poort=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  log=$(mktemp)
  env -u AzureWebJobsStorage dotnet tools/Assessment.Functiehost/bin/Release/net10.0/Assessment.Functiehost.dll --app "$map" --port "$poort" >"$log" 2>&1 &
  app=$!
  for _ in $(seq 600); do
    curl -fsS -o /dev/null -X POST "http://127.0.0.1:$poort/api/v1/zelftoetsen" -H 'Content-Type: application/json' \
      --data-binary @examples/tubbergen-dinkelland.json 2>/dev/null && break
    sleep 0.05
  done
  sleep 0.3
  kill $app; wait $app 2>/dev/null || true
  python3 - "$log" <<'PY'
import re, sys
tekst = open(sys.argv[1]).read()
def getal(patroon):
    m = re.search(patroon, tekst)
    return m.group(1) if m else "?"
regelset = getal(r"geladen in (\d+) ms") if "geladen in" in tekst else getal(r"gecompileerd in (\d+) ms")
gecompileerd = getal(r"Regelfuncties gecompileerd, (\d+) ms")
klaar, eerste = getal(r"Worker klaar na (\d+) ms"), getal(r"beantwoord (\d+) ms na de start")
print(f"regelset {regelset} ms (gecompileerd na {gecompileerd} ms), worker klaar {klaar} ms, eerste afweging {eerste} ms")
PY
  rm -f "$log"
done
