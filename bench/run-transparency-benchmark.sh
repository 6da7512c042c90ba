#!/usr/bin/env bash
# The transparency log benchmark (docs/benchmarks.md, "Transparency log"): appends, inclusion and consistency proofs
# (time, size, node reads) and checkpoint signatures at a million entries, in memory, on one thread. Builds
# archive-core's test classes, then runs org.primarysources.archive.core.transparency.bench.TransparencyBenchmark
# with the options given (--entries=1000000 --proofs=100000 --warmup=200000).
# Environment: MVN (default ./mvnw), MVN_FLAGS (e.g. -o), BENCH_JAVA_OPTS (default -Xms512m -Xmx512m).
set -euo pipefail
cd "$(dirname "$0")/.."
MVN="${MVN:-./mvnw}"
# shellcheck disable=SC2086
"$MVN" ${MVN_FLAGS:-} -q -pl archive-core -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
# shellcheck disable=SC2086
java ${BENCH_JAVA_OPTS:--Xms512m -Xmx512m} \
    -cp "archive-core/target/test-classes:archive-core/target/classes:$(cat archive-core/target/bench.classpath)" \
    org.primarysources.archive.core.transparency.bench.TransparencyBenchmark "$@"
