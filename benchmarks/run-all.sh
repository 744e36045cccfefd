#!/usr/bin/env bash
# Every benchmark, one after the other (each builds what it needs and writes benchmarks/results/<name>.txt).
set -euo pipefail
cd "$(dirname "$0")"
./run-planner.sh
./run-import.sh
./run-read-path.sh
./run-national-scale.sh
./run-event-path.sh
./run-startup.sh
