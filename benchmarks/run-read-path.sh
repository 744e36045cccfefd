#!/usr/bin/env bash
# Read path target (issue 17): GET /contracts/{id} against a bare Quarkus REST + Panache + JWT app (reference-app),
# the list against the single read, and the opportunities read against it, interleaved; writes results/read-path.txt.
# Arguments: rows (1000), rounds (3), seconds per run (20). Needs wrk (apt-get install wrk).
source "$(dirname "$0")/benchmark.sh"
command -v wrk >/dev/null 2>&1 || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
run_benchmark read-path ReadPathBenchmark "$@"
