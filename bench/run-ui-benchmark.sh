#!/usr/bin/env bash
# The first-search-page benchmark (issue 7, docs/benchmarks.md): builds the archive if needed, starts it with
# `./archive run` on a free port and a fresh temporary data dir (so the demo archive is loaded), runs
# org.primarysources.archive.deploy.ui.bench.FirstSearchPageBenchmark against it in headless Chromium, then stops
# the archive (SIGTERM to the launcher, which stops OpenSearch and Payara Micro) and removes the data dir.
#
#   bench/run-ui-benchmark.sh [--runs=20] [--warmup=3] [--query=Sesupe] [--settle-ms=500] [--out=FILE]
#
# The report is printed and written to deploy/webapp/target/ui-bench/first-search-page.md (per-run figures in
# first-search-page-runs.csv beside it). Needs Debian's chromium and chromium-driver.
# Environment: MVN (default ./mvnw), MVN_FLAGS (e.g. -o), ARCHIVE_RUN_OPTS (default "--timeout 600"),
# BENCH_JAVA_OPTS (default -Xmx256m).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
MVN="${MVN:-./mvnw}"

for tool in /usr/bin/chromium /usr/bin/chromedriver; do
    [[ -x "$tool" ]] || { echo "Needs $tool: apt-get install chromium chromium-driver" >&2; exit 1; }
done

# ./archive's own rule for "the build is stale". Its build step is `mvnw install`, which would put this tree's
# snapshots into the ~/.m2 that other checkouts share, so build with `package` here; ./archive then finds the
# launcher fresh and only runs it.
jar="$root/deploy/target/archive.jar"
needs_build() {
    [[ -f "$jar" && -d "$root/deploy/target/runtime" ]] || return 0
    [[ -n "$(find . -path '*/target' -prune -o -path ./.git -prune -o \
        -path '*/src/main/frontend/generated' -prune -o \
        \( -name pom.xml -o -path '*/src/*' \) -type f -newer "$jar" -print -quit)" ]]
}
if needs_build; then
    echo "Building the archive (mvnw -DskipTests package)..." >&2
    # shellcheck disable=SC2086
    "$MVN" ${MVN_FLAGS:-} -q -DskipTests package
    if needs_build; then
        echo "deploy/target/archive.jar is still older than the sources; not letting ./archive run install" >&2
        exit 1
    fi
fi
# the benchmark class and its classpath (Selenium, Parsson); -am so sibling modules come from this reactor
# shellcheck disable=SC2086
"$MVN" ${MVN_FLAGS:-} -q -pl deploy/webapp -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
CLASSPATH="deploy/webapp/target/test-classes:$(cat deploy/webapp/target/bench.classpath)"
if needs_build; then # ./archive would now run `mvnw install`: never from here
    echo "./archive finds the build stale after test-compile; not starting it (it would run mvnw install)" >&2
    exit 1
fi

port="$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
data="$(mktemp -d "${TMPDIR:-/tmp}/archive-ui-bench.XXXXXX")"
chmod 755 "$data" # as root, OpenSearch runs as the user archive-search, which must reach it
log="$data/launcher.log"
archive_pid=""

stop_archive() {
    if [[ -n "$archive_pid" ]] && kill -0 "$archive_pid" 2>/dev/null; then
        echo "Stopping the archive (pid $archive_pid)..." >&2
        kill -TERM "$archive_pid"
        for _ in $(seq 1 120); do
            kill -0 "$archive_pid" 2>/dev/null || break
            sleep 0.5
        done
        if kill -0 "$archive_pid" 2>/dev/null; then
            echo "The archive (pid $archive_pid) did not stop within 60 s; leaving it and $data for a look" >&2
            return
        fi
    fi
    rm -rf "$data"
}
trap stop_archive EXIT
trap 'exit 130' INT TERM

echo "Starting the archive on port $port, data in $data (load average: $(cut -d' ' -f1-3 /proc/loadavg))..." >&2
: >"$log"
# shellcheck disable=SC2086
./archive run --port "$port" --data-dir "$data" ${ARCHIVE_RUN_OPTS:---timeout 600} >"$log" 2>&1 &
archive_pid=$!

until grep -q '^Archive ready at' "$log"; do # the launcher gives up after its --timeout
    if ! kill -0 "$archive_pid" 2>/dev/null; then
        echo "The archive stopped before it was ready (logs copied to deploy/webapp/target/ui-bench/):" >&2
        cat "$log" >&2
        mkdir -p deploy/webapp/target/ui-bench
        cp "$log" "$data/logs/payara.log" "$data/opensearch/logs/console.log" deploy/webapp/target/ui-bench/ || true
        exit 1
    fi
    sleep 0.5
done
grep '^Archive ready at' "$log" >&2

# shellcheck disable=SC2086
java ${BENCH_JAVA_OPTS:--Xmx256m} -cp "$CLASSPATH" \
    org.primarysources.archive.deploy.ui.bench.FirstSearchPageBenchmark --url="http://localhost:$port/" "$@"
