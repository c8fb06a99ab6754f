#!/usr/bin/env bash
# Bounded load test of the HTTP API on 127.0.0.1 only (Debian package wrk): the health endpoint alone as the
# baseline, then 30 s of mixed traffic over 32 connections: 28 posting proposals for JSON, 4 asking for the
# PDF report. Prints throughput, latency percentiles and errors. Usage: bash tests/belasting.sh [seconden]
set -euo pipefail
cd "$(dirname "$0")/.."
duur=${1:-30}
command -v wrk >/dev/null || { echo "wrk ontbreekt: apt-get install wrk" >&2; exit 1; }
dotnet build src/Assessment.Functions -c Release -v quiet -nologo >/dev/null
poort=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
basis="http://127.0.0.1:$poort"
Logging__LogLevel__Default=Warning dotnet src/Assessment.Functions/bin/Release/net10.0/Assessment.Functions.dll --urls "$basis" >/dev/null 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; rm -rf "$werk"' EXIT
werk=$(mktemp -d)
for _ in $(seq 100); do curl -fsS "$basis/api/v1/gezondheid" >/dev/null 2>&1 && break; sleep 0.2; done

voorstel=$(python3 -c 'import json,sys; print(json.dumps(json.dumps(json.load(open("examples/tubbergen-dinkelland.json")))))')
for soort in json pdf; do
  accept=$([ "$soort" = pdf ] && echo "application/pdf" || echo "application/json")
  cat > "$werk/$soort.lua" <<LUA
wrk.method = "POST"
wrk.body = $voorstel
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "$accept"
done = function(summary, latency, requests)
  io.write(string.format("$soort: %d verzoeken, %.1f/s, fouten %d (status %d, time-out %d), p50 %.1f ms, p99 %.1f ms\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout,
    summary.errors.status, summary.errors.timeout, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
LUA
done
cat > "$werk/gezond.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("gezondheid: %d verzoeken, %.1f/s, fouten %d, p50 %.1f ms, p99 %.1f ms\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
LUA

# Warm up, then measure.
wrk -t1 -c4 -d5s -s "$werk/json.lua" "$basis/api/v1/afwegingen" >/dev/null
wrk -t1 -c2 -d3s -s "$werk/pdf.lua" "$basis/api/v1/afwegingen" >/dev/null
echo "== gezondheid, 32 verbindingen, ${duur}s"
wrk -t2 -c32 -d"${duur}s" -s "$werk/gezond.lua" "$basis/api/v1/gezondheid" | grep '^gezondheid'
echo "== gemengd: 28 verbindingen JSON + 4 verbindingen PDF, ${duur}s"
wrk -t1 -c28 -d"${duur}s" --timeout 5s -s "$werk/json.lua" "$basis/api/v1/afwegingen" | grep '^json' &
wrk -t1 -c4 -d"${duur}s" --timeout 5s -s "$werk/pdf.lua" "$basis/api/v1/afwegingen" | grep '^pdf' &
wait %2 %3 2>/dev/null || wait
