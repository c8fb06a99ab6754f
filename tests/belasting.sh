#!/usr/bin/env bash
# Bounded load test of the function app on 127.0.0.1 only (Debian package wrk), through the development host and
# the real isolated worker (Release build, memory storage, logging at Warning): 32 connections each for
#   1. GET  /api/v1/afwegingen/{id}  — one stored Afweging, no assessment (the baseline: the same bytes out), and
#   2. POST /api/v1/afwegingen       — the same proposal as JSON: read, validated, assessed, found stored (200),
# then prints both throughputs, latencies, errors and the ratio POST/GET (issue 15: at least 0.6, zero errors).
# Usage: bash tests/belasting.sh [seconden]
set -euo pipefail
cd "$(dirname "$0")/.."
duur=${1:-30}
command -v wrk >/dev/null || { echo "wrk ontbreekt: apt-get install wrk" >&2; exit 1; }
dotnet build tools/Assessment.Functiehost -c Release -v quiet -nologo >/dev/null
poort=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
basis="http://127.0.0.1:$poort"
werk=$(mktemp -d)
env -u AzureWebJobsStorage Logging__LogLevel__Default=Warning \
  dotnet tools/Assessment.Functiehost/bin/Release/net10.0/Assessment.Functiehost.dll --port "$poort" >"$werk/host.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; rm -rf "$werk"' EXIT
for _ in $(seq 300); do curl -fsS "$basis/api/v1/gezondheid" >/dev/null 2>&1 && break; sleep 0.2; done

locatie=$(curl -fsS -o /dev/null -w '%{redirect_url}%header{location}' -X POST "$basis/api/v1/afwegingen" \
  -H 'Content-Type: application/json' --data-binary @examples/tubbergen-dinkelland.json)
voorstel=$(python3 -c 'import json,sys; print(json.dumps(json.dumps(json.load(open("examples/tubbergen-dinkelland.json")))))')
for soort in get post; do
  cat > "$werk/$soort.lua" <<LUA
$( [ "$soort" = post ] && printf 'wrk.method = "POST"\nwrk.body = %s\nwrk.headers["Content-Type"] = "application/json"\n' "$voorstel" )
done = function(summary, latency, requests)
  io.write(string.format("$soort: %d verzoeken, %.1f/s, fouten %d (status %d, time-out %d), p50 %.1f ms, p99 %.1f ms\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout,
    summary.errors.status, summary.errors.timeout, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
LUA
done

# Warm up both paths, then measure each alone with 32 connections.
wrk -t2 -c8 -d5s -s "$werk/get.lua" "$basis$locatie" >/dev/null
wrk -t2 -c8 -d5s -s "$werk/post.lua" "$basis/api/v1/afwegingen" >/dev/null
echo "== GET van een bewaarde afweging ($locatie), 32 verbindingen, ${duur}s"
get=$(wrk -t2 -c32 -d"${duur}s" --timeout 5s -s "$werk/get.lua" "$basis$locatie" | grep '^get')
echo "$get"
echo "== POST van hetzelfde voorstel (JSON), 32 verbindingen, ${duur}s"
post=$(wrk -t2 -c32 -d"${duur}s" --timeout 5s -s "$werk/post.lua" "$basis/api/v1/afwegingen" | grep '^post')
echo "$post"
python3 - "$get" "$post" <<'PY'
import re, sys
snelheid = lambda regel: float(re.search(r"([0-9.]+)/s", regel).group(1))
print(f"verhouding POST/GET: {snelheid(sys.argv[2]) / snelheid(sys.argv[1]):.2f}")
PY
