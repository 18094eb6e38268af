# Shared by the benchmarks (sourced, not run): unpacks the distribution zip into a temporary folder, serves it with the
# sample data on $PORT, waits for /api/v1/health, and stops and removes it on exit. Sets WORK, HOME_DIR and BASE.
# Needs HERE (the bench folder) and PORT set by the caller.
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
