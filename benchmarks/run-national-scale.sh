#!/usr/bin/env bash
# National scale target (issue 17): alignment-service with 200,000 contracts over 300 councils in its projection; one
# contract change at a time through the real broker, timed until GET /opportunities/{capability} shows it; writes
# results/national-scale.txt. Arguments: contracts (200000), councils (300), capabilities (200), changes (300),
# changes per second (10).
source "$(dirname "$0")/benchmark.sh"
run_benchmark national-scale NationalScaleBenchmark "$@"
