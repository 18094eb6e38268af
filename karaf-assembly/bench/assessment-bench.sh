#!/usr/bin/env bash
# Assessment benchmark of the Passerelle distribution (issue 12, item 13; not a test: it prints figures).
# Unpacks the distribution with the sample data, seeds through the API a learner with about 9,000 levels (three years
# of school evaluations) and times their dashboard and a whole company review's save beside /api/v1/health.
# Goal on a 2-core machine: the dashboard in a few tens of milliseconds, the save one short transaction.
# Usage (after `mvn -B install -DskipTests`): karaf-assembly/bench/assessment-bench.sh [levels] [rounds]
set -euo pipefail
PORT=${BENCH_PORT:-18486}
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/distribution.sh"
python3 "$HERE/assessment-bench.py" "$BASE" "${1:-9000}" "${2:-60}"
