#!/usr/bin/env bash
# SIECLE import benchmark of the Passerelle distribution (not a test: it prints figures).
# Unpacks the distribution with the sample data, writes an export of N pupils with issue 10's field case generator
# (siecle-large-school.py: the BEE_ELEVES 1.8 record layout, about 2.06 KB a pupil, ISO-8859-15), and times over HTTP,
# as the DDFPT's page sends it: the preview, the apply, then the preview of the same file again (all unchanged).
# Goal on a 2-core machine: 6,000 pupils (12.3 MB) previewed and applied in seconds each.
# Usage (after `mvn -B install -DskipTests`): karaf-assembly/bench/import-bench.sh [pupils]
set -euo pipefail
PUPILS=${1:-6000}
PORT=${BENCH_PORT:-18485}
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/distribution.sh"

(cd "$WORK" && python3 "$HERE/siecle-large-school.py" "$PUPILS")
FILE="$WORK/siecle-large-school.xml"
TOKEN=$(curl -s -H 'Content-Type: application/json' -d '{"login":"ddfpt","password":"passerelle-demo"}' "$BASE/api/v1/sessions" \
  | sed -E 's/.*"token":"([^"]+)".*/\1/')
EST=$(curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/establishments" | sed -E 's/^\[\{"id":([0-9]+).*/\1/')

run() { # label apply
  local out
  out=$(curl -s -o "$WORK/answer.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/xml' \
    --data-binary @"$FILE" "$BASE/api/v1/establishments/$EST/imports/siecle?apply=$2")
  printf '%-28s HTTP %s, %s s, %s bytes of report\n' "$1" "${out%% *}" "${out##* }" "$(wc -c < "$WORK/answer.json")"
}
echo "SIECLE export: $PUPILS pupils, $(wc -c < "$FILE") bytes"
run "preview" false
run "apply" true
run "preview again (unchanged)" false
