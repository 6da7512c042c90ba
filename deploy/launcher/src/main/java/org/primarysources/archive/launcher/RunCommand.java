package org.primarysources.archive.launcher;

import org.primarysources.archive.localsearch.LocalOpenSearchNode;
import org.primarysources.archive.localsearch.NodeSettings;
import picocli.CommandLine.Command;
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
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the archive on this machine: a local OpenSearch node (unless --opensearch-url is given) and Payara Micro
 * with the WAR, both as child processes, until Ctrl-C or until one of them dies.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs the archive on this machine until Ctrl-C.",
                "Starts a local OpenSearch node (unless --opensearch-url is given) and Payara Micro with the archive;"
                        + " all data stays in --data-dir."})
final class RunCommand implements Callable<Integer> {

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

    @Option(names = "--db-url", paramLabel = "JDBC-URL",
            description = "Database (default: H2 in <data-dir>/db; or jdbc:postgresql://host/db).")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "USER", description = "Database user (default: the application's).")
    String dbUser;

    @Option(names = "--db-password", paramLabel = "PASSWORD", arity = "0..1", interactive = true,
            description = "Database password; give the option without a value to be prompted. "
                    + "Or set ARCHIVE_DB_PASSWORD.")
    char[] dbPassword;

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
            + "opensearch.zip and analysis-common.jar (default: runtime/ beside archive.jar).")
    Path runtimeDir;

    private final AtomicBoolean stopping = new AtomicBoolean();
    private volatile PayaraMicroProcess payara;
    private volatile LocalOpenSearchNode node;

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
        Path data = dataDir.toAbsolutePath().normalize();
        RuntimeFiles runtime = RuntimeFiles.locate(runtimeDir, opensearchUrls.isEmpty());
        PayaraMicroProcess.stopLeftover(data);
        if (!isFree(port)) {
            err.printf("Port %d is already in use. Stop what is using it, or choose another port with --port.%n", port);
            return 1;
        }
        Files.createDirectories(data.resolve("logs"));
        boolean firstStart = AppEnvironment.isFirstStart(data);
        String envDemoPassword = System.getenv("ARCHIVE_DEMO_PASSWORD");
        boolean demoPasswordFromEnv = envDemoPassword != null && !envDemoPassword.isBlank();
        String demoPassword = !firstStart ? null
                : demoPasswordFromEnv ? envDemoPassword : AppEnvironment.generatePassword(new SecureRandom());

        long started = System.nanoTime();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "archive-shutdown"));
        CompletableFuture<Void> searchReady = CompletableFuture.completedFuture(null);
        List<URI> searchUrls = opensearchUrls;
        if (opensearchUrls.isEmpty()) {
            node = LocalOpenSearchNode.start(NodeSettings.of(runtime.opensearchZip(), runtime.analysisCommon(),
                    data.resolve("opensearch"), clusterName(data)).withHeap(searchHeap).withOwnSession(true));
            searchUrls = List.of(node.url());
            searchReady = CompletableFuture.runAsync(this::awaitNode);
        }
        AppEnvironment app = new AppEnvironment(dbUrl != null ? dbUrl : AppEnvironment.defaultDbUrl(data), dbUser,
                dbPassword == null ? null : new String(dbPassword), searchUrls, demoPassword);
        payara = PayaraMicroProcess.start(runtime.payaraJar(), runtime.war(), port, data, heap, app);

        String failure = awaitReady(searchReady, started + Duration.ofSeconds(timeoutSeconds).toNanos());
        if (failure == null && !stopping.get()) {
            out.printf("Archive ready at http://localhost:%d/ in %.1f s%n", port, (System.nanoTime() - started) / 1e9);
            if (firstStart) {
                // an external database leaves none: mark the first start done
                Files.createDirectories(data.resolve("db"));
                out.println(demoLogins(demoPasswordFromEnv ? "from ARCHIVE_DEMO_PASSWORD" : demoPassword));
            }
            out.flush();
            failure = awaitChildDeath();
        }
        if (stopping.get()) {
            return 0; // Ctrl-C or SIGTERM: the shutdown hook stops the children
        }
        stopAll();
        err.println(failure);
        if (firstStart && !demoPasswordFromEnv) {
            err.println("(If the application got as far as creating them: " + demoLogins(demoPassword) + ")");
        }
        return 1;
    }

    static String demoLogins(String password) {
        return "First start: demo accounts " + String.join(", ", AppEnvironment.DEMO_ACCOUNTS)
                + ", password " + password;
    }

    private void awaitNode() {
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
        while (!stopping.get()) {
            String died = childDeath();
            if (died != null) {
                return died;
            }
            if (searchReady.isCompletedExceptionally()) {
                return "The local OpenSearch node did not start: "
                        + searchReady.handle((v, e) -> e.getCause().getMessage()).join();
            }
            if (searchReady.isDone() && payara.isReady()) {
                return null;
            }
            if (System.nanoTime() - deadline > 0) {
                return "The archive was not ready within " + timeoutSeconds + " s (no 200 from /health/ready). See "
                        + payara.log() + (node == null ? "" : " and " + node.log());
            }
            Thread.sleep(POLL.toMillis());
        }
        return null;
    }

    private String awaitChildDeath() throws InterruptedException {
        while (!stopping.get()) {
            String died = childDeath();
            if (died != null) {
                return died;
            }
            Thread.sleep(POLL.toMillis());
        }
        return null;
    }

    private String childDeath() {
        if (!payara.process().isAlive()) {
            return died("Payara Micro", payara.process(), payara.log());
        }
        if (node != null && !node.process().isAlive()) {
            return died("OpenSearch", node.process(), node.log());
        }
        return null;
    }

    static String died(String child, Process process, Path log) {
        return child + " exited unexpectedly with code " + process.exitValue() + "; the archive is stopped. See " + log;
    }

    /** Payara first (it uses the search node), then OpenSearch. Runs once: from the shutdown hook or on failure. */
    private void stopAll() {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        if (payara != null) {
            payara.stop();
        }
        if (node != null) {
            node.stop();
        }
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
