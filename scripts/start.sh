#!/usr/bin/env bash
# Runs the function app locally with storage: when AzureWebJobsStorage is not set, installs (first time) and
# starts Azurite in memory on free loopback ports, points the app at it, and stops it when the app stops.
# The development host (tools/Assessment.Functiehost) runs the real isolated worker: the zelftoets and the API
# on http://127.0.0.1:7071, and filings put on the Azurite queue 'indieningen' (or dropped in container
# 'indieningen') delivered to the worker's triggers as the Functions host does. Usage: bash scripts/start.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${AzureWebJobsStorage:-}" ]; then
  bash scripts/azurite.sh installeer >/dev/null
  poorten=$(python3 -c 'import socket
ps=[]
for _ in range(3):
    s=socket.socket(); s.bind(("127.0.0.1",0)); ps.append(s)
print(" ".join(str(s.getsockname()[1]) for s in ps))')
  read -r blob queue table <<<"$poorten"
  bash scripts/azurite.sh start "$blob" "$queue" "$table" &
  azurite=$!
  trap 'kill $azurite 2>/dev/null || true' EXIT
  sleutel="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
  export AzureWebJobsStorage="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$sleutel;BlobEndpoint=http://127.0.0.1:$blob/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$queue/devstoreaccount1;TableEndpoint=http://127.0.0.1:$table/devstoreaccount1;"
  echo "Azurite: blob $blob, wachtrij $queue, tabel $table"
  echo "AzureWebJobsStorage=$AzureWebJobsStorage"
fi
dotnet run --project tools/Assessment.Functiehost -- "$@"
