#!/usr/bin/env bash
# Renders the PDF report of example proposals to PNG pages, to look at them (Debian poppler-utils:
# apt-get install poppler-utils). Usage: bash tests/render-rapport.sh [uitvoermap] [voorbeeld.json ...]
# Default: every example in examples/, 80 dpi, into ./rapport-png (ignored by git).
set -euo pipefail
cd "$(dirname "$0")/.."
uit=${1:-rapport-png}
shift || true
voorbeelden=("$@")
[ ${#voorbeelden[@]} -gt 0 ] || voorbeelden=(examples/*.json)
command -v pdftoppm >/dev/null || { echo "pdftoppm ontbreekt: apt-get install poppler-utils" >&2; exit 1; }
mkdir -p "$uit"
dotnet build src/Assessment.Cli -c Release -v quiet -nologo >/dev/null
for voorbeeld in "${voorbeelden[@]}"; do
  naam=$(basename "$voorbeeld" .json)
  src/Assessment.Cli/bin/Release/net10.0/afwegingskader evaluate "$voorbeeld" --pdf "$uit/$naam.pdf" >/dev/null
  pdftoppm -r 80 -png "$uit/$naam.pdf" "$uit/$naam"
  echo "$naam: $(ls "$uit/$naam"-*.png | wc -l) pagina's, $(stat -c %s "$uit/$naam.pdf") bytes"
done
