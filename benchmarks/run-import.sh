#!/usr/bin/env bash
# Import target (DESIGN.md): a 100,000-row asset CSV in one streaming pass, memory flat.
# Builds what it needs, runs asset-service with a 128 MB heap on a fresh database, writes results/import.txt.
source "$(dirname "$0")/benchmark.sh"
run_benchmark import ImportBenchmark "$@"
