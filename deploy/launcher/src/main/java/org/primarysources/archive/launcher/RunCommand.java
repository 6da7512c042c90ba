package org.primarysources.archive.launcher;

import org.primarysources.archive.localpostgres.LocalPostgres;
import org.primarysources.archive.localpostgres.PostgresSettings;
import org.primarysources.archive.localsearch.LocalOpenSearchNode;
import org.primarysources.archive.localsearch.NodeSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * Runs the archive on this machine: a local PostgreSQL server (unless --db-url is given), a local OpenSearch node
 * (unless --opensearch-url is given) and Payara Micro with the WAR, all as child processes under a
 * {@link Supervisor} that restarts whichever dies, until Ctrl-C.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs the archive on this machine until Ctrl-C.",
                "Starts a local PostgreSQL server (unless --db-url is given), a local OpenSearch node (unless"
                        + " --opensearch-url is given) and Payara Micro with the archive, and restarts any of them"
                        + " that stops; all data stays in --data-dir."})
final class RunCommand implements Callable<Integer> {

    static final String DATABASE = "archive";
    static final String POSTGRES = "PostgreSQL";
    static final String SEARCH = "OpenSearch";
    static final String PAYARA = "Payara Micro";
    private static final Duration POLL = Duration.ofMillis(500);
    private static final String HEAP = "[1-9][0-9]*[mMgG]";

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080",
            description = "HTTP port of the archive (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--data-dir", defaultValue = "./data", paramLabel = "DIR",
            description = "Database, search index and logs (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Mixin
    ExternalDatabase database = new ExternalDatabase();

    @Option(names = "--opensearch-url", paramLabel = "URL", split = ",",
            description = "Use these OpenSearch nodes instead of starting a local one.")
    List<URI> opensearchUrls = List.of();

    @Option(names = "--heap", defaultValue = "1g", paramLabel = "SIZE",
            description = "Heap of the application server (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(names = "--search-heap", defaultValue = "512m", paramLabel = "SIZE",
            description = "Heap of the local OpenSearch node (default: ${DEFAULT-VALUE}).")
    String searchHeap;

    @Option(names = "--timeout", defaultValue = "180", paramLabel = "SECONDS",
            description = "How long to wait until the archive is ready (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--runtime-dir", hidden = true, description = "Folder with payara-micro.jar, archive.war, "
            + "opensearch.zip, analysis-common.jar and postgres-binaries.jar (default: runtime/ beside archive.jar).")
    Path runtimeDir;

    private volatile Supervisor supervisor;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 1 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 1 and 65535");
        }
        if (!heap.matches(HEAP) || !searchHeap.matches(HEAP)) {
            throw new ParameterException(spec.commandLine(), "--heap and --search-heap look like 768m or 2g");
        }
        if (database.given() && !database.dbUrl.startsWith("jdbc:postgresql:")) {
            throw new ParameterException(spec.commandLine(), "--db-url must be a PostgreSQL URL"
                    + " (jdbc:postgresql://host:port/database)");
        }
        Path data = dataDir.toAbsolutePath().normalize();
        Optional<String> olderArchive = DataDir.fromOlderArchive(data);
        if (olderArchive.isPresent()) {
            err.println(olderArchive.get());
            return 1;
        }
        RuntimeFiles runtime = RuntimeFiles.locate(runtimeDir, opensearchUrls.isEmpty(), !database.given());
        PayaraMicroProcess.stopLeftover(data);
        if (!isFree(port)) {
            err.printf("Port %d is already in use. Stop what is using it, or choose another port with --port.%n", port);
            return 1;
        }
        Files.createDirectories(data.resolve("logs"));
        boolean firstStart = DataDir.isFirstStart(data);
        String envDemoPassword = System.getenv("ARCHIVE_DEMO_PASSWORD");
        boolean demoPasswordFromEnv = envDemoPassword != null && !envDemoPassword.isBlank();
        String demoPassword = !firstStart ? null
                : demoPasswordFromEnv ? envDemoPassword : AppEnvironment.generatePassword(new SecureRandom());

        long started = System.nanoTime();
        long deadline = started + Duration.ofSeconds(timeoutSeconds).toNanos();
        supervisor = new Supervisor(DataDir.supervisionFile(data), err, Clock.systemUTC());
        Runtime.getRuntime().addShutdownHook(new Thread(supervisor::stopAll, "archive-shutdown"));
        String failure;
        try {
            failure = startAndWatch(runtime, data, demoPassword, deadline, out, started, firstStart,
                    demoPasswordFromEnv);
        } catch (IOException e) {
            failure = e.getMessage();
        }
        if (supervisor.stopping() && failure == null) {
            return 0; // Ctrl-C or SIGTERM: the shutdown hook stops the children
        }
        supervisor.stopAll();
        err.println(failure);
        if (firstStart && !demoPasswordFromEnv) {
            err.println("(If the application got as far as creating them: " + demoLogins(demoPassword) + ")");
        }
        return 1;
    }

    /** @return null once stopped by Ctrl-C or SIGTERM, else why the archive stopped */
    private String startAndWatch(RuntimeFiles runtime, Path data, String demoPassword, long deadline,
                                 PrintWriter out, long started, boolean firstStart, boolean demoPasswordFromEnv)
            throws IOException, InterruptedException {
        String appDbUrl = database.dbUrl;
        String appDbUser = database.dbUser;
        if (!database.given()) {
            appDbUrl = startPostgres(runtime, data, deadline);
            appDbUser = LocalPostgres.SUPERUSER; // the local server is reachable from 127.0.0.1 only
        }
        CompletableFuture<Void> searchReady = CompletableFuture.completedFuture(null);
        List<URI> searchUrls = opensearchUrls;
        if (opensearchUrls.isEmpty()) {
            LocalOpenSearchNode node = startOpenSearch(runtime, data);
            searchUrls = List.of(node.url());
            searchReady = CompletableFuture.runAsync(() -> awaitNode(node));
        }
        AppEnvironment app = new AppEnvironment(appDbUrl, appDbUser,
                database.dbPassword == null ? null : new String(database.dbPassword), searchUrls, demoPassword,
                DataDir.supervisionFile(data), DataDir.transparencyLog(data),
                URI.create("http://localhost:" + port + "/"));
        Supervisor.Starter payara = () -> PayaraMicroProcess.start(runtime.payaraJar(), runtime.war(), port, data,
                heap, app);
        supervisor.supervise(PAYARA, payara.start(), payara);

        String failure = awaitReady(searchReady, deadline);
        if (failure != null || supervisor.stopping()) {
            return failure;
        }
        out.printf("Archive ready at http://localhost:%d/ in %.1f s%n", port, (System.nanoTime() - started) / 1e9);
        if (firstStart) {
            DataDir.markStarted(data);
            out.println(demoLogins(demoPasswordFromEnv ? "from ARCHIVE_DEMO_PASSWORD" : demoPassword));
        }
        out.flush();
        while (!supervisor.stopping()) {
            String gaveUp = supervisor.check();
            if (gaveUp != null) {
                return gaveUp;
            }
            Thread.sleep(POLL.toMillis());
        }
        return null;
    }

    /** Starts the local server, waits for it and makes sure the archive's database exists: its JDBC URL. */
    private String startPostgres(RuntimeFiles runtime, Path data, long deadline)
            throws IOException, InterruptedException {
        PostgresSettings first = DataDir.postgres(runtime.postgresBinaries(), data);
        LocalPostgres postgres = LocalPostgres.start(first);
        PostgresSettings again = first.withPort(postgres.port());
        supervisor.supervise(POSTGRES, server(postgres), () -> server(LocalPostgres.start(again)));
        postgres.awaitReady(remaining(deadline));
        try {
            postgres.ensureDatabase(DATABASE);
        } catch (SQLException e) {
            throw new IOException("Cannot create the archive's database in the local PostgreSQL: " + e.getMessage()
                    + ". See " + postgres.log(), e);
        }
        return postgres.jdbcUrl(DATABASE);
    }

    private LocalOpenSearchNode startOpenSearch(RuntimeFiles runtime, Path data) throws IOException {
        NodeSettings first = NodeSettings.of(runtime.opensearchZip(), runtime.analysisCommon(),
                data.resolve("opensearch"), clusterName(data)).withHeap(searchHeap).withOwnSession(true);
        first = DataDir.deathSignal("TERM").map(first::withDeathSignal).orElse(first);
        LocalOpenSearchNode node = LocalOpenSearchNode.start(first);
        NodeSettings again = first.withHttpPort(node.url().getPort());
        supervisor.supervise(SEARCH, server(node), () -> server(LocalOpenSearchNode.start(again)));
        return node;
    }

    private static Supervisor.Server server(LocalPostgres postgres) {
        return Supervisor.server(postgres.process(), postgres.log(), postgres::stop);
    }

    private static Supervisor.Server server(LocalOpenSearchNode node) {
        return Supervisor.server(node.process(), node.log(), node::stop);
    }

    static String demoLogins(String password) {
        return "First start: demo accounts " + String.join(", ", AppEnvironment.DEMO_ACCOUNTS)
                + ", password " + password;
    }

    private Duration remaining(long deadline) {
        return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }

    private void awaitNode(LocalOpenSearchNode node) {
        try {
            node.awaitReady(Duration.ofSeconds(timeoutSeconds));
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** @return null when ready (or stopping), else why not */
    private String awaitReady(CompletableFuture<Void> searchReady, long deadline) throws InterruptedException {
        while (!supervisor.stopping()) {
            String gaveUp = supervisor.check();
            if (gaveUp != null) {
                return gaveUp;
            }
            if (searchReady.isCompletedExceptionally()) {
                return "The local OpenSearch node did not start: "
                        + searchReady.handle((v, e) -> e.getCause().getMessage()).join();
            }
            PayaraMicroProcess payara = (PayaraMicroProcess) supervisor.current(PAYARA);
            if (searchReady.isDone() && payara != null && payara.isReady()) {
                return null;
            }
            if (System.nanoTime() - deadline > 0) {
                return "The archive was not ready within " + timeoutSeconds + " s (no 200 from /health/ready and"
                        + " /api/records). See the logs in " + DataDir.logs(dataDir.toAbsolutePath().normalize());
            }
            Thread.sleep(POLL.toMillis());
        }
        return null;
    }

    /** Stable for one data folder, different for another: the node only ever trusts its own cluster. */
    static String clusterName(Path dataDir) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(
                    dataDir.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return "archive-" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Payara listens on all interfaces, so the port must be free on all of them. */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
