#!/usr/bin/env bash
# Renders the PDF report of example proposals to PNG pages, to look at them, and says what poppler reads: whether
# the PDF is tagged (PDF/UA) and whether every font is embedded as a subset with a Unicode mapping (Debian
# poppler-utils: apt-get install poppler-utils). See docs/rapport.md.
# Usage: bash tests/render-rapport.sh [uitvoermap] [voorbeeld.json ...]
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
fout=0
for voorbeeld in "${voorbeelden[@]}"; do
  naam=$(basename "$voorbeeld" .json)
  rm -f "$uit/$naam"-*.png
  src/Assessment.Cli/bin/Release/net10.0/afwegingskader evaluate "$voorbeeld" --pdf "$uit/$naam.pdf" >/dev/null
  pdftoppm -r 80 -png "$uit/$naam.pdf" "$uit/$naam"
  getagd=$(pdfinfo "$uit/$naam.pdf" | awk '/^Tagged:/ {print $2}')
  # pdffonts: columns emb, sub and uni must all be "yes" for every font.
  fonts=$(pdffonts "$uit/$naam.pdf" | awk 'NR > 2 && !($(NF-4) == "yes" && $(NF-3) == "yes" && $(NF-2) == "yes") {n++} END {print n+0}')
  echo "$naam: $(ls "$uit/$naam"-*.png | wc -l) pagina's, $(stat -c %s "$uit/$naam.pdf") bytes, getagd: $getagd, lettertypen zonder inbedding/Unicode: $fonts"
  [ "$getagd" = yes ] && [ "$fonts" = 0 ] || fout=1
done
exit $fout
