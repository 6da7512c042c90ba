#!/usr/bin/env bash
# The relay and search benchmark (docs/benchmarks.md): builds archive-search and what it needs, then runs
# org.primarysources.archive.search.bench.RelayBenchmark, which starts its own OpenSearch node, publishes the corpus
# into a fresh schema of the PostgreSQL at 127.0.0.1:5432 (database test, user postgres) and drops it again.
#
#   bench/run-search-benchmark.sh [--editions=7] [--requests=2000] [--warmup=300] [--relay-runs=2] [--search-heap=1g]
#
# Environment: MVN (default ./mvnw), MVN_FLAGS (e.g. -o), BENCH_JAVA_OPTS (default -Xms2g -Xmx2g; add e.g.
# -Darchive.test.postgres.url=jdbc:postgresql://host:5432/db -Darchive.test.postgres.user=... for another database).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v bible >/dev/null; then
    echo "The corpus is grown from the King James Version: install Debian's bible-kjv (apt-get install bible-kjv)." >&2
    exit 1
fi
MVN="${MVN:-./mvnw}"
# shellcheck disable=SC2086
"$MVN" ${MVN_FLAGS:-} -q -pl archive-search -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
# the OpenSearch distribution and analysis-common, where the integration tests find them too
# shellcheck disable=SC2086
"$MVN" ${MVN_FLAGS:-} -q -pl archive-search dependency:copy@copy-opensearch

CLASSPATH="archive-search/target/test-classes:archive-search/target/classes:$(cat archive-search/target/bench.classpath)"
# shellcheck disable=SC2086
exec java ${BENCH_JAVA_OPTS:--Xms2g -Xmx2g} -cp "$CLASSPATH" \
    org.primarysources.archive.search.bench.RelayBenchmark \
    --distribution=archive-search/target/it-opensearch/opensearch.zip \
    --analysis-common=archive-search/target/it-opensearch/analysis-common.jar \
    --work=archive-search/target/bench "$@"
