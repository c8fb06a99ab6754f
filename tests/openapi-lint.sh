#!/usr/bin/env bash
# Lints the OpenAPI document the app serves against the official NLGov API Design Rules ruleset
# (../shared/conformance/nlgov-adr-linter.yaml) with Spectral, installed from npm into .tools/.
# Fails on any error. Usage: bash tests/openapi-lint.sh [Release|Debug]
set -euo pipefail
cd "$(dirname "$0")/.."
configuratie=${1:-Release}
regels=../shared/conformance/nlgov-adr-linter.yaml
[ -f "$regels" ] || { echo "NLGov-ruleset ontbreekt: $regels" >&2; exit 1; }

if [ ! -x .tools/spectral/node_modules/.bin/spectral ]; then
  npm install --prefix .tools/spectral --no-audit --no-fund --loglevel=error @stoplight/spectral-cli@6.16.3 >/dev/null
fi

poort=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
# The function app runs in its development host (tools/Assessment.Functiehost), which starts the real worker.
dll=tools/Assessment.Functiehost/bin/$configuratie/net10.0/Assessment.Functiehost.dll
[ -f "$dll" ] || dotnet build tools/Assessment.Functiehost -c "$configuratie" -v quiet -nologo >/dev/null
env -u AzureWebJobsStorage dotnet "$dll" --port "$poort" >/dev/null 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
mkdir -p artifacts
for _ in $(seq 300); do
  if curl -fsS "http://127.0.0.1:$poort/api/v1/openapi.json" -o artifacts/openapi.json 2>/dev/null; then break; fi
  sleep 0.2
done
[ -s artifacts/openapi.json ] || { echo "De app leverde geen OpenAPI-document" >&2; exit 1; }
.tools/spectral/node_modules/.bin/spectral lint -r "$regels" --fail-severity error artifacts/openapi.json
