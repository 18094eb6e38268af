#!/usr/bin/env bash
# Start-up and hot-deploy benchmark of the Passerelle distribution (not a test: it prints figures).
#   1. cold start: time from bin/start to the first 200 of GET /api/v1/health (first start of a fresh unpack,
#      then restarts of the same installation);
#   2. hot deploy: time from a referential jar landing in deploy/ to its listing in GET /api/v1/referentials.
# Goals on a 2-core machine: cold start <= 8 s, hot deploy <= 1.5 s.
# Usage (after `mvn -B install -DskipTests`): karaf-assembly/bench/startup-bench.sh [starts] [deploys]
set -euo pipefail
STARTS=${1:-5}
DEPLOYS=${2:-10}
PORT=${BENCH_PORT:-18484}
HERE=$(cd "$(dirname "$0")" && pwd)
ZIP=$(ls "$HERE"/../target/passerelle-*.zip 2>/dev/null | head -1)
[ -f "$ZIP" ] || { echo "No distribution zip: run 'mvn -B install -DskipTests' first" >&2; exit 1; }
WORK=$(mktemp -d)
BASE="http://127.0.0.1:$PORT"
HOME_DIR=""

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
stop_platform() {
  [ -n "$HOME_DIR" ] || return 0
  local pid; pid=$(cat "$HOME_DIR/karaf.pid" 2>/dev/null || true)
  "$HOME_DIR/bin/stop" >/dev/null 2>&1 || true
  if [ -n "$pid" ]; then for _ in $(seq 1 240); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done; fi
}
trap 'stop_platform; rm -rf "$WORK"' EXIT

start_and_wait() {
  local t0 t1
  t0=$(now_ms)
  "$HOME_DIR/bin/start" >/dev/null 2>&1
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/health")" = "200" ]; do
    sleep 0.05
    [ $(( $(now_ms) - t0 )) -lt 120000 ] || { echo "no 200 within 120 s" >&2; exit 1; }
  done
  t1=$(now_ms)
  echo $(( t1 - t0 ))
}

summary() { # label values...
  local label=$1; shift
  printf '%s\n' "$@" | sort -n | awk -v label="$label" '{ v[NR] = $1 } END {
    median = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
    printf "%-40s n=%d  min %d ms  median %d ms  max %d ms\n", label, NR, v[1], median, v[NR] }'
}

unzip -q "$ZIP" -d "$WORK"
HOME_DIR=$(ls -d "$WORK"/passerelle-*/)
HOME_DIR=${HOME_DIR%/}
sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $PORT/" "$HOME_DIR/etc/org.ops4j.pax.web.cfg"

echo "Passerelle benchmark on $(nproc) cores, $(java -version 2>&1 | head -1)"
first=$(start_and_wait)
summary "cold start, fresh installation" "$first"
restarts=()
for _ in $(seq 2 "$STARTS"); do
  stop_platform
  restarts+=("$(start_and_wait)")
done
[ ${#restarts[@]} -gt 0 ] && summary "cold start, restart of the installation" "${restarts[@]}"

# A referential bundle as an integrator ships it: a manifest and a descriptor, no code.
make_jar() { # version -> path of the jar
  local dir="$WORK/jar-$1"
  mkdir -p "$dir/referential" "$dir/META-INF"
  cat > "$dir/META-INF/MANIFEST.MF" <<MF
Manifest-Version: 1.0
Bundle-ManifestVersion: 2
Bundle-SymbolicName: bench-referential
Bundle-Version: $1
Passerelle-Referential: referential/referential.json
Require-Capability: osgi.extender;filter:="(&(osgi.extender=org.passerelle.referential)(version>=1.0)(!(version>=2.0)))"
MF
  cat > "$dir/referential/referential.json" <<JSON
{"formatVersion": 1, "code": "BENCH", "version": "$1", "title": "Référentiel de mesure", "diploma": "Essai",
 "level": "Essai", "kind": "DIPLOMA", "provenance": "reconstructed", "sources": [],
 "activities": [{"code": "A1", "title": "Activité", "provenance": "reconstructed", "tasks": [{"code": "A1T1", "title": "Tâche", "provenance": "reconstructed"}]}],
 "competencies": [{"code": "C1", "title": "Compétence", "provenance": "reconstructed", "criteria": []}],
 "taskCompetencies": [], "attitudes": [],
 "portfolio": {"pupil": {"kind": "ACTIVITY_SHEETS", "title": "Fiches", "pages": [{"code": "p", "title": "Page", "fields": []}]}}}
JSON
  (cd "$dir" && jar --create --file "$WORK/bench-$1.jar" --manifest META-INF/MANIFEST.MF referential)
  echo "$WORK/bench-$1.jar"
}

deploys=()
for i in $(seq 1 "$DEPLOYS"); do
  version="1.$i"
  jar=$(make_jar "$version")
  cp "$jar" "$HOME_DIR/bench.part"
  t0=$(now_ms)
  mv "$HOME_DIR/bench.part" "$HOME_DIR/deploy/bench-$version.jar"
  until curl -s "$BASE/api/v1/referentials" | grep -q "\"code\":\"BENCH\",\"version\":\"$version\",[^}]*\"status\":\"ACTIVE\""; do
    sleep 0.02
    [ $(( $(now_ms) - t0 )) -lt 30000 ] || { echo "BENCH $version not listed within 30 s" >&2; exit 1; }
  done
  deploys+=($(( $(now_ms) - t0 )))
  rm "$HOME_DIR/deploy/bench-$version.jar"
  sleep 1
done
summary "hot deploy, jar in deploy/ to listed" "${deploys[@]}"
echo "goals: cold start <= 8000 ms, hot deploy <= 1500 ms"
