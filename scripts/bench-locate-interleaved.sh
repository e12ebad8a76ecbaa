#!/usr/bin/env bash
# wrk on GET /api/v1/ping and on the grid locate endpoint, alternating in rounds against one
# server, so a load spike from elsewhere on a shared machine hits both about equally (the
# single ping-then-locate pass of bench-foundation.sh can land them in different load).
# Needs a built jar (./mvnw -q clean package -DskipTests) and wrk.
# Usage: scripts/bench-locate-interleaved.sh [rounds] [seconds]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/backend/target/gridlink.jar"
jsa="$root/backend/target/gridlink.jsa"
rounds="${1:-3}"
seconds="${2:-15}"
port=18098
work="$(mktemp -d)"
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

(cd "$work" && GRIDLINK_PORT=$port exec java -XX:SharedArchiveFile="$jsa" -Xlog:cds=off \
  -Xlog:cds+dynamic=off -jar "$jar" >"$work/server.log" 2>&1) &
server=$!
ping="http://127.0.0.1:$port/api/v1/ping"
locate="http://127.0.0.1:$port/api/v1/grids/locate?lat=32.0603&lng=118.7969"
# The demo district is seeded in the background on the first start: wait for it.
for _ in $(seq 1 300); do curl -fs -o /dev/null "$locate" && break; sleep 1; done
for url in "$ping" "$locate"; do wrk -t2 -c64 -d10s "$url" >/dev/null; done   # warm-up
for round in $(seq 1 "$rounds"); do
  for url in "$ping" "$locate"; do
    echo "== round $round wrk $url"
    wrk -t2 -c64 -d"${seconds}s" --latency "$url" | grep -E "Requests/sec|^ +99%|requests in"
  done
done
