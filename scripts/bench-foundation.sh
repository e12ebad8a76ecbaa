#!/usr/bin/env bash
# Foundation benchmark: start time to the first 200 from /health, RSS after start,
# and wrk throughput/p99 of GET /api/v1/ping (the baseline) and of the grid locate
# endpoint at 64 connections, in the same run. Needs a built jar
# (./mvnw -q clean package -DskipTests) and wrk (apt-get install -y wrk).
# Usage: scripts/bench-foundation.sh [runs]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/backend/target/gridlink.jar"
jsa="$root/backend/target/gridlink.jsa"
runs="${1:-3}"
port=18099
work="$(mktemp -d)"
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

start_once() { # $@: extra JVM options; sets $ms and $server, leaves the server running
  local t0 t1
  t0=$(date +%s%N)
  (cd "$work" && GRIDLINK_PORT=$port exec java "$@" -jar "$jar" >"$work/server.log" 2>&1) &
  server=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/health"; do sleep 0.01; done
  t1=$(date +%s%N)
  ms=$(( (t1 - t0) / 1000000 ))
}
stop() { kill "$server"; wait "$server" 2>/dev/null || true; }

# A first start creates ./data, runs the migrations and seeds the demo district in the
# background; start times are measured afterwards, on the existing data directory.
start_once -XX:SharedArchiveFile="$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off
echo "first start (empty data directory): first_health_200_ms=$ms"
for _ in $(seq 1 180); do
  curl -fs -o /dev/null "http://127.0.0.1:$port/api/v1/grids/locate?lat=32.0603&lng=118.7969" && break
  sleep 1
done
stop

for label in "plain" "appcds"; do
  opts=()
  [ "$label" = appcds ] && opts=(-XX:SharedArchiveFile="$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off)
  for i in $(seq 1 "$runs"); do
    start_once "${opts[@]}"
    sleep 2
    rss=$(( $(ps -o rss= -p "$server") / 1024 ))
    echo "start[$label] run=$i first_health_200_ms=$ms rss_after_start_mb=$rss"
    stop
  done
done

start_once -XX:SharedArchiveFile="$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off
# The demo district is seeded in the background on the first start: wait for it.
locate="http://127.0.0.1:$port/api/v1/grids/locate?lat=32.0603&lng=118.7969"
for _ in $(seq 1 180); do curl -fs -o /dev/null "$locate" && break; sleep 1; done
for url in "http://127.0.0.1:$port/api/v1/ping" "$locate"; do
  wrk -t2 -c64 -d10s "$url" >/dev/null   # warm-up
  echo "== wrk $url"
  wrk -t2 -c64 -d30s --latency "$url"
done
stop
