#!/usr/bin/env bash
# Event path target (issue 17): contract writes through contract-service at a steady rate, each timed until
# alignment-service's GET /opportunities/{capability} shows it, against Kafka's EndToEndLatency on the same broker;
# writes results/event-path.txt. Arguments: contracts (1000), writes per second (100), seconds (60), warm-up writes (20000).
source "$(dirname "$0")/benchmark.sh"
run_benchmark event-path EventPathBenchmark "$@"
