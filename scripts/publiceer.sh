#!/usr/bin/env bash
# Lays out the deployable Azure Functions package (.NET 10 isolated worker) and checks it:
#   artifacts/functionapp/host.json, functions.metadata, worker.config.json, extensions.json
#   artifacts/functionapp/Assessment.Functions.dll (+ dependencies; framework-dependent: the app runs on
#     the platform's DOTNET-ISOLATED|10.0 stack, ReadyToRun for linux-x64 to shorten the cold start)
#   artifacts/functionapp/.azurefunctions/        (the host-side binding extensions the worker SDK built)
#   artifacts/functionapp/rules/, wwwroot/         (the rule set and the zelftoets page)
# and zips it to artifacts/functionapp.zip (WEBSITE_RUN_FROM_PACKAGE). Usage: bash scripts/publiceer.sh
set -euo pipefail
cd "$(dirname "$0")/.."
pakket=artifacts/functionapp
rm -rf "$pakket" artifacts/functionapp.zip
mkdir -p "$pakket"
dotnet publish src/Assessment.Functions -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$pakket" -v quiet -nologo

# The layout the Functions host needs for a dotnet-isolated app, and what the app itself reads.
fout=0
for bestand in host.json functions.metadata worker.config.json extensions.json Assessment.Functions.dll \
               .azurefunctions/function.deps.json rules/kader.json wwwroot/index.html wwwroot/vragenlijst.json wwwroot/js/app.js; do
  [ -f "$pakket/$bestand" ] || { echo "pakket: $bestand ontbreekt" >&2; fout=1; }
done
python3 - "$pakket" <<'PY' || fout=1
import json, sys, os
pakket = sys.argv[1]
werker = json.load(open(os.path.join(pakket, "worker.config.json")))["description"]
host = json.load(open(os.path.join(pakket, "host.json")))
functies = json.load(open(os.path.join(pakket, "functions.metadata")))
fouten = []
if werker.get("language") != "dotnet-isolated": fouten.append("worker.config.json: taal is niet dotnet-isolated")
if not os.path.isfile(os.path.join(pakket, werker.get("defaultWorkerPath", ""))): fouten.append("worker.config.json: defaultWorkerPath ontbreekt")
if "customHandler" in host or "extensionBundle" in host: fouten.append("host.json: customHandler of extensionBundle hoort niet bij een isolated worker")
namen = {f["name"] for f in functies}
for nodig in ["MaakAfweging", "HaalAfweging", "HaalRapport", "ZoekAfwegingen", "MaakZelftoets", "Zelftoets", "OpenApi", "Gezondheid", "VerwerkIndiening", "VerwerkIndieningBlob"]:
    if nodig not in namen: fouten.append(f"functions.metadata: {nodig} ontbreekt")
if any(f.get("language") != "dotnet-isolated" for f in functies): fouten.append("functions.metadata: een functie is niet dotnet-isolated")
for f in fouten: print("pakket:", f, file=sys.stderr)
sys.exit(1 if fouten else 0)
PY
[ "$fout" -eq 0 ] || exit 1

(cd "$pakket" && python3 -m zipfile -c ../functionapp.zip .)
echo "pakket: $(python3 -c "import json; print(len(json.load(open('$pakket/functions.metadata'))))") functies, $(du -sh artifacts/functionapp.zip | cut -f1) gezipt"
