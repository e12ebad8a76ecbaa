#!/usr/bin/env bash
# Full report submit with 3 photos, end to end over HTTP, as the mini-program does it:
# three uploads (multipart, the 2.2 MB phone photo) then POST /api/v1/reports with an
# Idempotency-Key. Prints p50/p99 of the whole submit (uploads + report) over N reports.
# Needs a running GridLink on embedded defaults (its demo district covers the point used).
# Usage: scripts/bench-report-submit.sh [base-url] [reports]
set -euo pipefail
base="${1:-http://127.0.0.1:8080}"
n="${2:-60}"
photo="${FIXTURE_PHOTO:-$(cd "$(dirname "$0")/.." && pwd)/../shared/fixtures/photos/jpg/mobile/HMD_Nokia_8.3_5G.jpg}"
times="$(mktemp)"
trap 'rm -f "$times"' EXIT

token=""
for i in $(seq 1 "$n"); do
  # A new resident every 5 reports: the daily limit is 20 per resident.
  if [ $(( (i - 1) % 5 )) -eq 0 ]; then
    token=$(curl -fs -H 'Content-Type: application/json' \
      -d "{\"role\":\"RESIDENT\",\"name\":\"bench-$RANDOM-$i\"}" "$base/api/v1/auth/dev" |
      sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
  fi
  start=$(date +%s%N)
  ids=()
  for _ in 1 2 3; do
    id=$(curl -fs -H "Authorization: Bearer $token" -F "file=@$photo;type=image/jpeg" \
      "$base/api/v1/media" | sed -E 's/.*"id":"([^"]+)".*/\1/')
    ids+=("\"$id\"")
  done
  media=$(IFS=,; echo "${ids[*]}")
  curl -fs -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: bench-$(date +%s%N)-$i" \
    -d "{\"category\":\"OTHER\",\"description\":\"benchmark report\",\"location\":{\"lat\":32.0603,\"lng\":118.7969,\"crs\":\"wgs84\"},\"mediaIds\":[$media],\"anonymous\":false,\"contactConsent\":false,\"urgent\":false}" \
    "$base/api/v1/reports"
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 )) >>"$times"
done
sort -n "$times" | awk '{a[NR]=$1} END {
  p50=a[int((NR+1)*0.50)]; p99=a[int(NR*0.99) > 0 ? int(NR*0.99) : NR];
  printf "report submits=%d (3 photos each) p50_ms=%d p99_ms=%d max_ms=%d\n", NR, p50, p99, a[NR] }'
