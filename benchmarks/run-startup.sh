#!/usr/bin/env bash
# Start-up and memory target (DESIGN.md): each service's time to ready and RSS against a bare Quarkus app with the same
# extensions (benchmarks/reference-full-app), every app started afresh each round; writes results/startup.txt.
# Arguments: rows (1000), rounds (3), seconds of load (15). Needs wrk (apt-get install wrk).
source "$(dirname "$0")/benchmark.sh"
command -v wrk >/dev/null 2>&1 || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
run_benchmark startup StartupBenchmark "$@"
