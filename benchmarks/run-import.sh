#!/usr/bin/env bash
# Import target (DESIGN.md): a 100,000-row asset CSV in one streaming pass, memory flat.
# Builds what it needs, runs asset-service with a 128 MB heap on a fresh database, writes results/import.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B install -DskipTests -pl benchmarks -am
out=benchmarks/results/import.txt
{
    echo "# $(date -u +%Y-%m-%dT%H:%MZ) on $(uname -m), $(nproc) cores"
    java -Dbuyonce.root=. -cp "benchmarks/target/benchmarks.jar:benchmarks/target/lib/*" org.buyonce.benchmarks.ImportBenchmark "$@" 2>/dev/null
} | tee "$out"
