#!/usr/bin/env bash
# National scale target (issue 17): alignment-service with 200,000 contracts over 300 councils in its projection; one
# contract change at a time through the real broker, timed until GET /opportunities/{capability} shows it; writes
# results/national-scale.txt. Arguments: contracts (200000), councils (300), capabilities (200), changes (300),
# changes per second (10).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B install -DskipTests -pl benchmarks -am
out=benchmarks/results/national-scale.txt
{
    echo "# $(date -u +%Y-%m-%dT%H:%MZ) on $(uname -m), $(nproc) cores"
    java -Dbuyonce.root=. -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
        -cp "benchmarks/target/benchmarks.jar:benchmarks/target/lib/*" org.buyonce.benchmarks.NationalScaleBenchmark "$@" 2>/dev/null
} | tee "$out"
