# Sourced by the benchmark scripts: starts the archive's embedded default database for a module's benchmark (a fresh
# PostgreSQL 17 from the Maven Central binaries its copy-postgres execution copied, through LocalPostgresMain, with
# the settings the launcher gives it: fsync and synchronous_commit on) and stops it by its pid file when the script
# exits, also on failure. Sets DB_URL; BENCH_POSTGRES_URL names another PostgreSQL instead.
#
#   start_embedded_postgres MODULE CLASSPATH
start_embedded_postgres() {
    local module="$1"
    BENCH_CLASSPATH="$2"
    BENCH_PID_FILE="$module/target/bench/postgres/postgres.pid"
    DB_URL="${BENCH_POSTGRES_URL:-}"
    if [[ -n "$DB_URL" ]]; then
        return
    fi
    trap stop_embedded_postgres EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    local started
    # port 0: a free one; --fresh: an empty data directory every run
    started=$(java -cp "$BENCH_CLASSPATH" org.primarysources.archive.localpostgres.LocalPostgresMain start \
        --binaries="$module/target/it-postgres/postgres-binaries.jar" \
        --install-dir="$module/target/it-postgres/install" \
        --data-dir="$module/target/bench/postgres/data" --log="$module/target/bench/postgres/postgres.log" \
        --port=0 --pid-file="$BENCH_PID_FILE" --fresh)
    echo "$started"
    DB_URL=$(sed -n 's/^PostgreSQL ready at \(jdbc:postgresql:[^ ]*\) .*/\1/p' <<<"$started")
    if [[ -z "$DB_URL" ]]; then
        echo "LocalPostgresMain did not say where PostgreSQL is ready" >&2
        exit 1
    fi
}

stop_embedded_postgres() {
    if [[ -f "$BENCH_PID_FILE" ]]; then
        java -cp "$BENCH_CLASSPATH" org.primarysources.archive.localpostgres.LocalPostgresMain stop \
            --pid-file="$BENCH_PID_FILE"
    fi
}
