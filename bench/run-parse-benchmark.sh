#!/usr/bin/env bash
# The parser benchmark (docs/benchmarks.md, "Import"): CPU time per MB of scraped article text, for every fixture
# article, on one thread. Builds archive-core's test classes, then runs
# org.primarysources.archive.core.parsing.bench.ParseBenchmark with the options given (--rounds=200 --warmup=50).
# Environment: MVN (default ./mvnw), MVN_FLAGS (e.g. -o).
set -euo pipefail
cd "$(dirname "$0")/.."
MVN="${MVN:-./mvnw}"
# shellcheck disable=SC2086
"$MVN" ${MVN_FLAGS:-} -q -pl archive-core -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -Xmx512m -cp "archive-core/target/test-classes:archive-core/target/classes:$(cat archive-core/target/bench.classpath)" \
    org.primarysources.archive.core.parsing.bench.ParseBenchmark "$@"
