#!/usr/bin/env bash
# Cold start of the CLI: process start to Afweging JSON out, measured N times (default 10) on a Release
# build. Prints each run and the median. Usage: bash benchmarks/koude-start.sh [voorstel.json] [N]
set -euo pipefail
cd "$(dirname "$0")/.."
voorstel=${1:-examples/ommen-hardenberg.json}
n=${2:-10}
dotnet build src/Assessment.Cli -c Release -v quiet -nologo >/dev/null
cli=src/Assessment.Cli/bin/Release/net10.0/afwegingskader
tijden=()
for _ in $(seq "$n"); do
  start=$(date +%s%N)
  "$cli" evaluate "$voorstel" >/dev/null
  eind=$(date +%s%N)
  tijden+=($(( (eind - start) / 1000000 )))
done
echo "runs (ms): ${tijden[*]}"
printf '%s\n' "${tijden[@]}" | sort -n | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; print "median: " m " ms"}'
