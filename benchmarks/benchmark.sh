# Sourced by the run-*.sh scripts: builds the benchmarks and runs one, its output to benchmarks/results/<name>.txt.
# Usage: run_benchmark <name> <main class in org.buyonce.benchmarks> [its arguments...]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

run_benchmark() {
    local name=$1 main=$2
    shift 2
    mvn -q -B install -DskipTests -Dquarkus.build.skip=false -pl benchmarks -am
    {
        echo "# $(date -u +%Y-%m-%dT%H:%MZ) on $(uname -m), $(nproc) cores"
        java -XX:-UseCodeCacheFlushing -Dbuyonce.root=. ${BENCH_OPTS:-} -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
            -cp "benchmarks/target/benchmarks.jar:benchmarks/target/lib/*" "org.buyonce.benchmarks.$main" "$@" 2>"benchmarks/target/$name.stderr.log"
    } | tee "benchmarks/results/$name.txt"
}
