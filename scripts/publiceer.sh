#!/usr/bin/env bash
# Lays out the deployable Azure Functions package (custom handler) and checks it:
#   artifacts/functionapp/host.json
#   artifacts/functionapp/<Functie>/function.json     (one folder per function, from functions/)
#   artifacts/functionapp/handler/Assessment.Functions (self-contained linux-x64 executable, with rules/ and wwwroot/)
# and zips it to artifacts/functionapp.zip for `az functionapp deployment source config-zip`.
# Usage: bash scripts/publiceer.sh
set -euo pipefail
cd "$(dirname "$0")/.."
pakket=artifacts/functionapp
rm -rf "$pakket" artifacts/functionapp.zip
mkdir -p "$pakket"
dotnet publish src/Assessment.Functions -c Release -r linux-x64 --self-contained -p:PublishReadyToRun=false -o "$pakket/handler" -v quiet -nologo
cp host.json "$pakket/"
for map in functions/*/; do
  cp -r "$map" "$pakket/"
done

# The layout the Functions host needs.
fout=0
pad=$(python3 -c 'import json; print(json.load(open("host.json"))["customHandler"]["description"]["defaultExecutablePath"])')
[ -x "$pakket/$pad" ] || { echo "pakket: $pad ontbreekt of is niet uitvoerbaar" >&2; fout=1; }
[ -f "$pakket/handler/rules/kader.json" ] || { echo "pakket: de regelset ontbreekt naast de handler" >&2; fout=1; }
for bestand in index.html vragenlijst.json js/app.js; do
  [ -f "$pakket/handler/wwwroot/$bestand" ] || { echo "pakket: de zelftoets (wwwroot/$bestand) ontbreekt naast de handler" >&2; fout=1; }
done
for map in functions/*/; do
  naam=$(basename "$map")
  [ -f "$pakket/$naam/function.json" ] || { echo "pakket: $naam/function.json ontbreekt" >&2; fout=1; }
done
[ "$fout" -eq 0 ] || exit 1

(cd "$pakket" && python3 -m zipfile -c ../functionapp.zip .)
echo "pakket: $(find "$pakket" -maxdepth 1 -mindepth 1 | wc -l) onderdelen, $(du -sh artifacts/functionapp.zip | cut -f1) gezipt"
