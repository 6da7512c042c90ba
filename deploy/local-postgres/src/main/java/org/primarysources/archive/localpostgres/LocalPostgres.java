package org.primarysources.archive.localpostgres;

import org.postgresql.Driver;
import org.primarysources.archive.localprocess.CommandPrefix;
import org.primarysources.archive.localprocess.LocalPorts;
import org.primarysources.archive.localprocess.LogTail;
import org.primarysources.archive.localprocess.RunAs;
import org.primarysources.archive.localprocess.ServiceUser;
import org.primarysources.archive.localprocess.Signals;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One real PostgreSQL server, run as a child process from the Maven Central binaries, bound to 127.0.0.1 with trust
 * authentication for the superuser {@value #SUPERUSER}. {@link #start} unpacks the binaries, initialises an empty
 * data directory and returns as soon as the postmaster runs; {@link #awaitReady} waits until it takes connections.
 * When we are root, initdb and the server run as the system user {@value #SERVICE_USER} (PostgreSQL refuses root),
 * which then owns the data directory. Commits are durable ({@code fsync}, {@code synchronous_commit} and
 * {@code full_page_writes} on): a server killed with SIGKILL recovers by itself on the next start.
 */
public final class LocalPostgres implements AutoCloseable {

    /** The unprivileged system user the server runs as when we are root. */
    public static final String SERVICE_USER = "archive-db";
    /** The superuser initdb creates; it connects without a password from 127.0.0.1. */
    public static final String SUPERUSER = "postgres";
    /** Enough for a first start and for crash recovery after a SIGKILL (measured: 1.7–4 s on two cores). */
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(60);
    static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration KILL_GRACE = Duration.ofSeconds(10);
    private static final Duration REAP_GRACE = Duration.ofSeconds(10);
    private static final Duration INITDB_TIMEOUT = Duration.ofMinutes(2);
    private static final int LOG_TAIL_LINES = 40;
    /** A Unix socket's path has room for 107 bytes (sun_path is 108 with its terminating NUL). */
    private static final int MAX_SOCKET_PATH = 107;
    private static final Pattern DATABASE = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final String DUPLICATE_DATABASE = "42P04";

    private final PostgresSettings settings;
    private final Process process;
    private final int port;

    private LocalPostgres(PostgresSettings settings, Process process, int port) {
        this.settings = settings;
        this.process = process;
        this.port = port;
    }

    /**
     * Stops a server a killed owner left on this data directory, unpacks the binaries (once), initialises the data
     * directory if it is missing or empty, and starts the server; does not wait for it (see {@link #awaitReady}).
     *
     * @throws IOException if the port is taken, the data directory holds something else than a PostgreSQL data
     *                     directory of the binaries' major version, initdb fails or the server cannot be started
     */
    public static LocalPostgres start(PostgresSettings settings) throws IOException {
        Path dataDir = settings.dataDir();
        stopLeftover(dataDir).ifPresent(p -> System.err.println(
                "Stopped a leftover PostgreSQL (pid " + p.pid() + ") of " + dataDir));
        Optional<PostmasterPid> previous = PostmasterPid.read(dataDir);
        if (previous.isPresent()) {
            awaitReaped(previous.get().pid());
        }
        int port = settings.port() == 0 ? LocalPorts.free() : settings.port();
        if (!LocalPorts.isFree(port)) {
            throw new IOException("port " + port + " on 127.0.0.1 is already in use; PostgreSQL needs it free");
        }
        PostgresBinaries binaries = PostgresBinaries.unpack(settings.binaries(), settings.installDir());
        boolean initdb = initdbNeeded(dataDir, binaries.majorVersion());
        Path socketDir = socketDir(dataDir, port);
        for (Path dir : List.of(dataDir, socketDir, settings.log().getParent())) {
            Files.createDirectories(dir);
        }
        Optional<RunAs> user = Optional.empty();
        if (ServiceUser.weAreRoot()) {
            user = Optional.of(new ServiceUser(SERVICE_USER).prepare("PostgreSQL", List.of(dataDir, socketDir),
                    List.of(dataDir, socketDir), List.of(binaries.initdb(), binaries.postgres())));
        }
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
        if (initdb) {
            initdb(binaries, dataDir, user, settings.log());
        }
        List<String> command = new ArrayList<>(CommandPrefix.of(settings.ownSession(), user, settings.deathSignal()));
        command.addAll(serverCommand(binaries.postgres(), settings, port, socketDir));
        Process process = child(command, dataDir, settings.log()).start();
        return new LocalPostgres(settings, process, port);
    }

    static List<String> initdbCommand(Path initdb, Path dataDir) {
        return List.of(initdb.toString(), "-D", dataDir.toString(), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8",
                "--locale=C");
    }

    static List<String> serverCommand(Path postgres, PostgresSettings settings, int port, Path socketDir) {
        List<String> command = new ArrayList<>(List.of(postgres.toString(), "-D", settings.dataDir().toString(),
                "-p", String.valueOf(port), "-k", socketDir.toString(), "-c", "listen_addresses=127.0.0.1"));
        Map<String, String> more = new LinkedHashMap<>();
        // durable commits: the archive's database is its truth, and a killed server must lose nothing it confirmed
        more.put("fsync", "on");
        more.put("synchronous_commit", "on");
        more.put("full_page_writes", "on");
        more.putAll(settings.serverSettings());
        more.forEach((key, value) -> command.addAll(List.of("-c", key + "=" + value)));
        return List.copyOf(command);
    }

    /**
     * True if the data directory is missing or empty; false if it is a data directory of this major version.
     *
     * @throws IOException for anything else: another major version, or a folder with other things in it
     */
    static boolean initdbNeeded(Path dataDir, String majorVersion) throws IOException {
        if (!Files.exists(dataDir)) {
            return true;
        }
        Path version = dataDir.resolve("PG_VERSION");
        if (Files.isRegularFile(version)) {
            String found = Files.readString(version).strip();
            if (!found.equals(majorVersion)) {
                throw new IOException(dataDir + " is a data directory of PostgreSQL " + found + ", but the server is"
                        + " PostgreSQL " + majorVersion + ". Upgrade it with pg_upgrade (or dump and restore it), or"
                        + " start with another data directory.");
            }
            return false;
        }
        try (Stream<Path> entries = Files.list(dataDir)) {
            if (entries.findAny().isPresent()) {
                throw new IOException(dataDir + " is not empty and not a PostgreSQL data directory (no PG_VERSION);"
                        + " give an empty or missing folder, or a PostgreSQL " + majorVersion + " data directory.");
            }
        }
        return true;
    }

    /** {@code <data>/../postgres-run}, or a folder in the temp dir if that would be too long for a Unix socket. */
    static Path socketDir(Path dataDir, int port) throws IOException {
        Path beside = dataDir.resolveSibling("postgres-run");
        Path dir = socketFits(beside, port) ? beside : Path.of(System.getProperty("java.io.tmpdir"),
                "archive-postgres-" + PostgresBinaries.sha256(dataDir.toString().getBytes(StandardCharsets.UTF_8))
                        .substring(0, 12));
        if (!socketFits(dir, port)) {
            throw new IOException("no folder short enough for PostgreSQL's Unix socket (at most " + MAX_SOCKET_PATH
                    + " bytes): " + dir);
        }
        return dir;
    }

    private static boolean socketFits(Path dir, int port) {
        return (dir + "/.s.PGSQL." + port).getBytes(StandardCharsets.UTF_8).length <= MAX_SOCKET_PATH;
    }

    private static void initdb(PostgresBinaries binaries, Path dataDir, Optional<RunAs> user, Path log)
            throws IOException {
        List<String> command = new ArrayList<>(CommandPrefix.of(false, user, Optional.empty()));
        command.addAll(initdbCommand(binaries.initdb(), dataDir));
        Process initdb = child(command, dataDir, log).start();
        try {
            if (!initdb.waitFor(INITDB_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                initdb.destroyForcibly();
                throw new IOException("initdb did not finish within " + INITDB_TIMEOUT.toSeconds() + " s. Last lines"
                        + " of " + log + ":\n" + LogTail.of(log, LOG_TAIL_LINES));
            }
        } catch (InterruptedException e) {
            initdb.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted during initdb", e);
        }
        if (initdb.exitValue() != 0) {
            throw new IOException("initdb failed (exit " + initdb.exitValue() + "). Last lines of " + log + ":\n"
                    + LogTail.of(log, LOG_TAIL_LINES));
        }
    }

    /** Runs in the data directory, reads nothing, appends everything it prints to the log. */
    private static ProcessBuilder child(List<String> command, Path dataDir, Path log) throws IOException {
        Files.writeString(log, "---- " + Instant.now() + " running: " + String.join(" ", command) + "\n",
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dataDir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("PG")); // PGDATA, PGPORT, PGOPTIONS, ...
        return builder;
    }

    /**
     * Waits until the postmaster says it is ready in {@code postmaster.pid} and a connection succeeds. After a
     * SIGKILL the server first replays its WAL: allow for that (see {@link #DEFAULT_START_TIMEOUT}).
     *
     * @throws IOException if the server exits or the timeout passes (it is left running then: call {@link #stop})
     */
    public void awaitReady(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IOException("PostgreSQL exited with code " + process.exitValue() + " while starting. Last"
                        + " lines of " + log() + ":\n" + LogTail.of(log(), LOG_TAIL_LINES));
            }
            Optional<PostmasterPid> pid = PostmasterPid.read(dataDir());
            if (pid.isPresent() && pid.get().pid() == process.pid() && pid.get().ready() && connects()) {
                return;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IOException("PostgreSQL was not ready on 127.0.0.1:" + port + " within "
                        + timeout.toSeconds() + " s (postmaster.pid: " + pid.map(PostmasterPid::status)
                        .filter(s -> !s.isEmpty()).orElse("no status") + "). Last lines of " + log() + ":\n"
                        + LogTail.of(log(), LOG_TAIL_LINES));
            }
            Thread.sleep(100);
        }
    }

    private boolean connects() {
        try (Connection connection = connect(SUPERUSER)) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false; // e.g. 57P03 "the database system is starting up" while it recovers
        }
    }

    /** A connection as the superuser to a database of this server; the caller closes it. */
    public Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", SUPERUSER);
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("ApplicationName", "archive-local-postgres");
        Connection connection = new Driver().connect(jdbcUrl(database), properties);
        if (connection == null) {
            throw new SQLException("the PostgreSQL driver does not take " + jdbcUrl(database));
        }
        return connection;
    }

    /** Creates the database unless it exists (for the archive's own, next to {@code postgres}). */
    public void ensureDatabase(String name) throws SQLException {
        if (name == null || !DATABASE.matcher(name).matches()) {
            throw new IllegalArgumentException("a database name here is lower case letters, digits and _: " + name);
        }
        try (Connection connection = connect(SUPERUSER);
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet found = exists.executeQuery()) {
                if (found.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE \"" + name + "\"");
            } catch (SQLException e) {
                if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                    throw e;
                }
            }
        }
    }

    public int port() {
        return port;
    }

    /** {@code jdbc:postgresql://127.0.0.1:<port>/<database>}; user {@value #SUPERUSER}, no password. */
    public String jdbcUrl(String database) {
        return jdbcUrl(port, database);
    }

    private static String jdbcUrl(int port, String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** The postmaster itself (setsid and setpriv exec in place). */
    public Process process() {
        return process;
    }

    public long pid() {
        return process.pid();
    }

    /** Where the server's stdout and stderr go (and initdb's). */
    public Path log() {
        return settings.log();
    }

    public Path dataDir() {
        return settings.dataDir();
    }

    /**
     * Fast shutdown: SIGINT (clients are cut off, the server checkpoints and exits; SIGTERM, which
     * {@link Process#destroy()} sends, would wait for every client, and a pool never leaves), then SIGKILL after
     * 30 s. Idempotent.
     */
    public void stop() {
        stop(process.toHandle());
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * The server a killed owner left running on this data directory: the live process {@code postmaster.pid} names,
     * if it is a {@code postgres} binary whose working directory is this data directory (a pid can be reused).
     */
    public static Optional<ProcessHandle> leftover(Path dataDir) throws IOException {
        Path data = dataDir.toAbsolutePath().normalize();
        return PostmasterPid.read(data)
                .flatMap(pid -> ProcessHandle.of(pid.pid()))
                .filter(process -> process.isAlive() && isPostmasterOf(process, data));
    }

    /**
     * The JDBC URL of the server running on this data directory (started by another process, e.g. a running
     * {@code archive run}), if one is running and ready.
     */
    public static Optional<String> runningUrl(Path dataDir, String database) throws IOException {
        Path data = dataDir.toAbsolutePath().normalize();
        Optional<PostmasterPid> pid = PostmasterPid.read(data);
        if (pid.isEmpty() || leftover(data).isEmpty() || !pid.get().ready()) {
            return Optional.empty();
        }
        return Optional.of(jdbcUrl(pid.get().port(), database));
    }

    /** Stops (fast shutdown, as {@link #stop()}) the server a killed owner left on this data directory, if any. */
    public static Optional<ProcessHandle> stopLeftover(Path dataDir) throws IOException {
        Optional<ProcessHandle> leftover = leftover(dataDir);
        leftover.ifPresent(LocalPostgres::stop);
        return leftover;
    }

    static boolean isPostmasterOf(ProcessHandle process, Path dataDir) {
        Path proc = Path.of("/proc", String.valueOf(process.pid()));
        try {
            Path exe = Files.readSymbolicLink(proc.resolve("exe"));
            Path cwd = Files.readSymbolicLink(proc.resolve("cwd"));
            return exe.getFileName().toString().equals("postgres")
                    && Files.isDirectory(dataDir) && cwd.equals(dataDir.toRealPath());
        } catch (IOException | UnsupportedOperationException e) {
            return false; // gone meanwhile, or not ours to look at
        }
    }

    /**
     * A postmaster that died without its owner is a zombie until init reaps it (on some machines only after a second
     * or two), and the next postmaster takes a zombie's pid in {@code postmaster.pid} for a live server and refuses
     * to start: wait for it to be reaped.
     */
    private static void awaitReaped(long pid) throws IOException {
        long deadline = System.nanoTime() + REAP_GRACE.toNanos();
        try {
            while (isZombie(pid) && System.nanoTime() - deadline < 0) {
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the old postmaster (pid " + pid + ") to go", e);
        }
    }

    private static boolean isZombie(long pid) {
        try {
            String line = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            return line.substring(line.lastIndexOf(')') + 1).strip().startsWith("Z"); // "pid (name) state ..."
        } catch (IOException | RuntimeException e) {
            return false; // gone
        }
    }

    private static void stop(ProcessHandle postmaster) {
        List<ProcessHandle> children = postmaster.descendants().toList(); // before they are orphaned
        try {
            if (!Signals.send(postmaster, "INT") || !awaitExit(postmaster, STOP_GRACE)) {
                postmaster.destroyForcibly();
                awaitExit(postmaster, KILL_GRACE);
            }
        } catch (IOException e) {
            postmaster.destroyForcibly();
            awaitExit(postmaster, KILL_GRACE);
        }
        // after a fast shutdown none are left; after a SIGKILL, backends leave by themselves soon after
        for (ProcessHandle child : children) {
            if (!awaitExit(child, KILL_GRACE)) {
                child.destroyForcibly();
            }
        }
    }

    /** True once the process has exited: gone, or a zombie that only its (new) parent can still reap. */
    static boolean exited(ProcessHandle process) {
        return !process.isAlive() || isZombie(process.pid());
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (!exited(process)) {
                if (System.nanoTime() - deadline > 0) {
                    return false;
                }
                Thread.sleep(50);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return exited(process);
        }
    }
}
