#!/usr/bin/env bash
# Read path target (issue 17): GET /contracts/{id} against a bare Quarkus REST + Panache + JWT app (reference-app),
# and the list against the single read, interleaved on this machine; writes results/read-path.txt.
# Arguments: rows (1000), rounds (3), seconds per run (20). Needs wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null 2>&1 || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
mvn -q -B install -DskipTests -pl benchmarks -am
out=benchmarks/results/read-path.txt
{
    echo "# $(date -u +%Y-%m-%dT%H:%MZ) on $(uname -m), $(nproc) cores"
    java -Dbuyonce.root=. -cp "benchmarks/target/benchmarks.jar:benchmarks/target/lib/*" org.buyonce.benchmarks.ReadPathBenchmark "$@" 2>/dev/null
} | tee "$out"
