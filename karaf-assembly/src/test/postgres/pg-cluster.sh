#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the integration tests, from Debian's binaries.
#
#   pg-cluster.sh start DIR   wipes DIR, creates a cluster in DIR/data, starts it on a free loopback port
#                             (127.0.0.1 only; its unix socket in DIR) and writes that port to DIR/port
#   pg-cluster.sh stop DIR    stops it (pg_ctl stop -m fast) and waits until no server process is left
#
# The superuser is `postgres`, password `postgres` (password authentication, also on the socket): the tests log in
# with it to create one fresh database per container. Nothing is fsynced: the cluster only lives for one build.
# initdb refuses to run as root: as root, the cluster belongs to the `postgres` system user (Debian's package
# creates it). A watchdog stops the cluster if Maven (or PG_CLUSTER_OWNER_PID) dies without calling stop.
# PG_BIN overrides the folder of initdb and pg_ctl (default: /usr/lib/postgresql/15/bin, else the newest there).
set -euo pipefail

SUPERUSER=postgres
PASSWORD=postgres

usage() {
  echo "usage: $0 start|stop DIR" >&2
  exit 2
}
[ $# -eq 2 ] || usage
action=$1
dir=$2

fail() {
  echo "pg-cluster: $*" >&2
  exit 1
}

find_bin() {
  if [ -n "${PG_BIN:-}" ]; then
    echo "$PG_BIN"
    return
  fi
  if [ -x /usr/lib/postgresql/15/bin/initdb ]; then
    echo /usr/lib/postgresql/15/bin
    return
  fi
  local newest
  newest=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$newest" ] && [ -x "$newest/initdb" ]; then
    echo "$newest"
  fi
}

# Runs a command as the cluster's owner: the `postgres` system user when we are root, ourselves otherwise.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    if command -v runuser >/dev/null 2>&1; then
      runuser -u postgres -- "$@"
    else
      su -s /bin/sh postgres -c "$(printf '%q ' "$@")"
    fi
  else
    "$@"
  fi
}

running() {
  [ -f "$dir/data/postmaster.pid" ] && as_owner "$bin/pg_ctl" status -D "$dir/data" >/dev/null 2>&1
}

stop_cluster() {
  if [ -f "$dir/watchdog.pid" ]; then
    # The watchdog leads its own process group (setsid): its sleep goes with it.
    kill -- "-$(cat "$dir/watchdog.pid")" 2>/dev/null || true
    rm -f "$dir/watchdog.pid"
  fi
  if running; then
    as_owner "$bin/pg_ctl" stop -D "$dir/data" -m fast -w -t 60 >/dev/null
    echo "pg-cluster: stopped the cluster in $dir"
  fi
}

port_in_use() {
  if command -v ss >/dev/null 2>&1; then
    [ -n "$(ss -Htan "sport = :$1" 2>/dev/null)" ]
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
  fi
}

# Nothing to stop where nothing was started (a build that failed before, or ran no tests).
if [ "$action" = stop ] && [ ! -d "$dir" ]; then
  exit 0
fi
# A cluster that had to live elsewhere (see start): DIR/location names its folder, removed once stopped.
elsewhere=""
if [ -f "$dir/location" ]; then
  requested=$dir
  elsewhere=$(cat "$dir/location")
  if [ "$action" = stop ]; then
    [ -d "$elsewhere" ] || exit 0
    dir=$elsewhere
  fi
fi

bin=$(find_bin)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ] || [ ! -x "$bin/pg_ctl" ]; then
  fail "no PostgreSQL server binaries (looked for ${PG_BIN:-/usr/lib/postgresql/*/bin}/initdb and pg_ctl). The integration tests also run on PostgreSQL: install Debian's package (apt-get install postgresql), or set PG_BIN."
fi

case "$action" in
  stop)
    stop_cluster
    if [ -n "$elsewhere" ]; then
      rm -rf "$elsewhere"
    fi
    ;;
  start)
    if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
      fail "run as root, but there is no 'postgres' system user to own the cluster (initdb refuses root)"
    fi
    # A cluster left over by a build that was killed: stopped, then wiped. Anything else there is not ours to wipe.
    if [ -n "$elsewhere" ]; then
      # A leftover that lived elsewhere: stopped and wiped there first.
      if [ -d "$elsewhere" ]; then
        (dir=$elsewhere; stop_cluster)
        rm -rf "$elsewhere"
      fi
      rm -rf "$dir"
      requested=""
    fi
    if [ -d "$dir" ] && [ -n "$(ls -A "$dir")" ] && [ ! -f "$dir/initdb.log" ] && [ ! -f "$dir/data/PG_VERSION" ]; then
      fail "$dir exists and is not a cluster of this script: give an empty or new folder"
    fi
    if [ -d "$dir" ]; then
      stop_cluster
      rm -rf "$dir"
    fi
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    printf '%s\n' "$PASSWORD" >"$dir/pwfile"
    chmod 600 "$dir/pwfile"
    if [ "$(id -u)" -eq 0 ]; then
      chown -R postgres:postgres "$dir"
      # The checkout may lie where `postgres` cannot go (under /root, mode 700): the cluster then lives in a folder of
      # its own under /tmp, which DIR/location names, and DIR keeps the port file the tests read.
      if ! runuser -u postgres -- test -w "$dir" 2>/dev/null; then
        requested=$dir
        dir=$(mktemp -d /tmp/passerelle-pg.XXXXXX)
        chown postgres:postgres "$dir"
        mv "$requested/pwfile" "$dir/pwfile"
        echo "$dir" >"$requested/location"
      fi
    fi
    locale=(--no-locale)
    if locale -a 2>/dev/null | grep -qix 'c\.utf-\?8'; then
      locale=(--locale=C.UTF-8)
    fi
    as_owner "$bin/initdb" -D "$dir/data" -U "$SUPERUSER" --pwfile="$dir/pwfile" --auth=scram-sha-256 \
      --encoding=UTF8 "${locale[@]}" --no-sync >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; fail "initdb failed"; }
    rm -f "$dir/pwfile"
    cat >>"$dir/data/postgresql.conf" <<EOF

# pg-cluster.sh: a throwaway cluster for the tests
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
max_connections = 100
fsync = off
synchronous_commit = off
full_page_writes = off
log_min_messages = warning
log_min_error_statement = error
EOF
    started=""
    for _ in $(seq 1 20); do
      port=$((20000 + RANDOM % 30000))
      port_in_use "$port" && continue
      if as_owner "$bin/pg_ctl" start -D "$dir/data" -l "$dir/server.log" -o "-p $port" -w -t 60 >/dev/null; then
        started=$port
        break
      fi
      # Most likely another process took the port in between: try another one.
      as_owner "$bin/pg_ctl" stop -D "$dir/data" -m immediate >/dev/null 2>&1 || true
    done
    [ -n "$started" ] || { tail -n 20 "$dir/server.log" >&2 || true; fail "could not start PostgreSQL in $dir"; }
    echo "$started" >"$dir/port"
    if [ -n "${requested:-}" ]; then
      echo "$started" >"$requested/port"
    fi
    # The watchdog: stops the cluster when the process that started it exits without calling stop. That process is
    # PG_CLUSTER_OWNER_PID when set, else our parent when it is a JVM (Maven, through exec-maven-plugin); a parent
    # that is a short-lived wrapper (sudo, runuser, sh -c) would stop the cluster at once, so none is watched then.
    # Detached and silent, or Maven would wait for its output to end.
    owner_pid=${PG_CLUSTER_OWNER_PID:-}
    if [ -z "$owner_pid" ] && [ "$(cat "/proc/$PPID/comm" 2>/dev/null || true)" = java ]; then
      owner_pid=$PPID
    fi
    if [ -n "$owner_pid" ]; then
      script=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")
      setsid bash -c '
        while kill -0 "$1" 2>/dev/null && [ -f "$2/data/postmaster.pid" ]; do sleep 2; done
        if [ -f "$2/data/postmaster.pid" ]; then rm -f "$2/watchdog.pid"; exec "$3" stop "$2"; fi
      ' watchdog "$owner_pid" "$dir" "$script" </dev/null >/dev/null 2>&1 &
      echo $! >"$dir/watchdog.pid"
    fi
    echo "pg-cluster: PostgreSQL $("$bin/pg_ctl" --version | awk '{print $3}') in $dir, on 127.0.0.1:$started (superuser $SUPERUSER)"
    ;;
  *)
    usage
    ;;
esac
