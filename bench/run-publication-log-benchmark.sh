#!/usr/bin/env bash
# The transparency log as the archive keeps it (docs/benchmarks.md, "Transparency log in the database"): appends
# through PublicationLog into PostgreSQL, then inclusion and consistency proofs read from it. Needs the PostgreSQL the
# tests use (127.0.0.1:5432, database test; -Darchive.test.postgres.url=… in BENCH_JAVA_OPTS to change). Options: --entries=1000000
# --batch=1000 --proofs=1000.
# Environment: MVN (default ./mvnw), MVN_FLAGS (e.g. -o), BENCH_JAVA_OPTS (default -Xms256m -Xmx512m).
set -euo pipefail
cd "$(dirname "$0")/.."
MVN="${MVN:-./mvnw}"
# shellcheck disable=SC2086
"$MVN" ${MVN_FLAGS:-} -q -pl archive-core -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
# shellcheck disable=SC2086
java ${BENCH_JAVA_OPTS:--Xms256m -Xmx512m} \
    -cp "archive-core/target/test-classes:archive-core/target/classes:$(cat archive-core/target/bench.classpath)" \
    org.primarysources.archive.core.bench.PublicationLogBenchmark "$@"
