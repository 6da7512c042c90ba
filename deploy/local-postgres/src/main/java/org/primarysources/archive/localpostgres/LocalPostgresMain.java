package org.primarysources.archive.localpostgres;

import org.primarysources.archive.localprocess.Folders;
import org.primarysources.archive.localprocess.MainOptions;
import org.primarysources.archive.localprocess.StartStopMain;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * For builds: starts a PostgreSQL server that outlives this JVM (in its own session, with no signal on this JVM's
 * death: the Maven exec JVM ends at once), or stops it again.
 * <pre>
 * start --binaries=JAR --install-dir=DIR --data-dir=DIR --port=PORT --pid-file=FILE [--fresh]
 *       [--log=FILE] [--timeout-seconds=60]
 * stop  --pid-file=FILE
 * </pre>
 * {@code --fresh} deletes the data directory first, so each build's integration tests start with an empty server.
 * The pid file holds the postmaster's pid and, on its second line, the data directory.
 */
public final class LocalPostgresMain {

    private static final String USAGE = "start --binaries=JAR --install-dir=DIR --data-dir=DIR"
            + " --port=PORT --pid-file=FILE [--fresh] | stop --pid-file=FILE";
    private static final Set<String> START_OPTIONS = Set.of("binaries", "install-dir", "data-dir", "port", "pid-file",
            "log", "timeout-seconds");

    private LocalPostgresMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return StartStopMain.run("LocalPostgresMain", USAGE, args, START_OPTIONS, Set.of("fresh"),
                options -> start(options, out, err), pidFile -> stop(pidFile, out), err);
    }

    private static int start(MainOptions options, PrintStream out, PrintStream err) throws IOException {
        Path pidFile = Path.of(options.required("pid-file")).toAbsolutePath();
        Path dataDir = Path.of(options.required("data-dir")).toAbsolutePath().normalize();
        if (Files.exists(pidFile)) {
            stop(pidFile, out); // left over from an interrupted build
        }
        PostgresSettings settings = PostgresSettings.of(Path.of(options.required("binaries")),
                        Path.of(options.required("install-dir")), dataDir)
                .withPort(Integer.parseInt(options.required("port")))
                .withOwnSession(true);
        if (!options.get("log", "").isBlank()) {
            settings = settings.withLog(Path.of(options.required("log")));
        }
        Duration timeout = Duration.ofSeconds(Long.parseLong(options.get("timeout-seconds",
                String.valueOf(LocalPostgres.DEFAULT_START_TIMEOUT.toSeconds()))));
        long started = System.nanoTime();
        LocalPostgres server = null;
        try {
            if (options.flag("fresh")) {
                LocalPostgres.stopLeftover(dataDir); // its files cannot go while it runs
                Folders.deleteRecursively(dataDir);
            }
            server = LocalPostgres.start(settings);
            server.awaitReady(timeout);
            Files.createDirectories(pidFile.getParent());
            Files.write(pidFile, List.of(String.valueOf(server.pid()), dataDir.toString()));
            out.printf("PostgreSQL ready at %s (user %s, pid %d, data %s, log %s) in %.1f s%n",
                    server.jdbcUrl(LocalPostgres.SUPERUSER), LocalPostgres.SUPERUSER, server.pid(), dataDir,
                    server.log(), (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (IOException | RuntimeException | InterruptedException e) {
            if (server != null) {
                server.stop();
            }
            err.println("Could not start PostgreSQL: " + e.getMessage());
            return 1;
        }
    }

    /** Stops the server on the data directory the pid file names, if it still runs; deletes the file. */
    static boolean stop(Path pidFile, PrintStream out) throws IOException {
        if (!Files.exists(pidFile)) {
            out.println("No PostgreSQL to stop: " + pidFile + " does not exist");
            return true;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> server = lines.size() < 2 ? Optional.empty()
                : LocalPostgres.stopLeftover(Path.of(lines.get(1).strip()));
        Files.deleteIfExists(pidFile);
        if (server.isEmpty()) {
            out.println("No PostgreSQL runs on the data directory in " + pidFile + " (any more); nothing to stop");
            return true;
        }
        boolean stopped = LocalPostgres.exited(server.get());
        out.println((stopped ? "Stopped" : "Could not stop") + " PostgreSQL (pid " + server.get().pid() + ")");
        return stopped;
    }
}
