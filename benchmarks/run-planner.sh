#!/usr/bin/env bash
# Planner targets: DESIGN.md 100,000 contracts over 40 councils replanned in under 1 s on one core, cost linear;
# issue 17 1,000,000 in under 1 s, linear from 10,000.
# Builds what it needs, runs the benchmark pinned to one core, and writes the result to results/planner.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B install -DskipTests -Dquarkus.build.skip=false -pl benchmarks -am
pin=()
if command -v taskset >/dev/null 2>&1; then pin=(taskset -c 0); fi
out=benchmarks/results/planner.txt
{
    echo "# $(date -u +%Y-%m-%dT%H:%MZ) on $(uname -m), $(nproc) cores, pinned: ${pin[*]:-no}"
    "${pin[@]}" java -XX:ActiveProcessorCount=1 -cp "benchmarks/target/benchmarks.jar:benchmarks/target/lib/*" \
        org.buyonce.benchmarks.PlannerBenchmark "$@"
} | tee "$out"
