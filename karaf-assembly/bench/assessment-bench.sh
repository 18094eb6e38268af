#!/usr/bin/env bash
# Assessment benchmark of the Passerelle distribution (issue 12, item 13; not a test: it prints figures).
# Unpacks the distribution with the sample data, seeds through the API a learner with about 9,000 levels (three years
# of school evaluations) and times their dashboard and a whole company review's save beside /api/v1/health.
# Goal on a 2-core machine: the dashboard in a few tens of milliseconds, the save one short transaction.
# Usage (after `mvn -B install -DskipTests`): karaf-assembly/bench/assessment-bench.sh [levels] [rounds]
set -euo pipefail
PORT=${BENCH_PORT:-18486}
HERE=$(cd "$(dirname "$0")" && pwd)
ZIP=$(ls "$HERE"/../target/passerelle-*.zip 2>/dev/null | head -1)
[ -f "$ZIP" ] || { echo "No distribution zip: run 'mvn -B install -DskipTests' first" >&2; exit 1; }
WORK=$(mktemp -d)
BASE="http://127.0.0.1:$PORT"
trap '[ -n "${HOME_DIR:-}" ] && "$HOME_DIR/bin/stop" >/dev/null 2>&1; sleep 2; rm -rf "$WORK"' EXIT

unzip -q "$ZIP" -d "$WORK"
HOME_DIR=$(ls -d "$WORK"/passerelle-*/ | head -1)
HOME_DIR=${HOME_DIR%/}
sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $PORT/" "$HOME_DIR/etc/org.ops4j.pax.web.cfg"
EXTRA_JAVA_OPTS="-Dpasserelle.sampleData=true" "$HOME_DIR/bin/start" >/dev/null 2>&1
for _ in $(seq 1 480); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/health")" = "200" ] && break
  sleep 0.25
done
python3 "$HERE/assessment-bench.py" "$BASE" "${1:-9000}" "${2:-60}"
