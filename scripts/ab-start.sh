#!/usr/bin/env bash
# Start time and RSS of two builds, started in turn (so both see the same machine minutes).
# Each build runs on its own data directory, seeded first (a stopped first start resumes the
# demo seeding on the next start, which would inflate that start's RSS).
# Usage: scripts/ab-start.sh OLD_REPO_ROOT NEW_REPO_ROOT [pairs]   (both built with
# ./mvnw -q clean package -DskipTests, which also writes the AppCDS archive)
set -euo pipefail
declare -A roots=([old]="$(cd "$1" && pwd)" [new]="$(cd "$2" && pwd)")
pairs="${3:-3}"
port=18111
work="$(mktemp -d)"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

launch() { # $1 key, then JVM options
  local key=$1; shift
  mkdir -p "$work/$key"
  (cd "$work/$key" && GRIDLINK_PORT=$port exec java "$@" -jar "${roots[$key]}/backend/target/gridlink.jar" \
    >"$work/$key/server.log" 2>&1) &
  pid=$!
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }

seed() { # first start: migrations and the demo district, not measured
  launch "$1"
  for _ in $(seq 1 240); do
    grep -q "Grid index rebuilt" "$work/$1/server.log" 2>/dev/null \
      && curl -fs -o /dev/null "http://127.0.0.1:$port/api/v1/grids/locate?lat=32.0603&lng=118.7969" \
      && break
    sleep 1
  done
  sleep 5
  stop
}

measure() {
  local t0 t1
  t0=$(date +%s%N)
  launch "$1" -XX:SharedArchiveFile="${roots[$1]}/backend/target/gridlink.jsa" -Xlog:cds=off \
    -Xlog:cds+dynamic=off
  until curl -fs -o /dev/null "http://127.0.0.1:$port/health"; do sleep 0.01; done
  t1=$(date +%s%N)
  sleep 2
  echo "$1 start_ms=$(((t1 - t0) / 1000000)) rss_mb=$(($(ps -o rss= -p "$pid") / 1024))"
  stop
}

seed old
seed new
for _ in $(seq 1 "$pairs"); do
  measure old
  measure new
done
