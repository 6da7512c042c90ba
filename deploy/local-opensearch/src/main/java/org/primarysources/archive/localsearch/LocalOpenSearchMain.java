package org.primarysources.archive.localsearch;

import org.primarysources.archive.localprocess.MainOptions;
import org.primarysources.archive.localprocess.ProcessTree;
import org.primarysources.archive.localprocess.StartStopMain;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * For builds: starts a node that outlives this JVM, or stops it again.
 * <pre>
 * start --distribution=ZIP --analysis-common=JAR --home=DIR --http-port=PORT --cluster-name=NAME --pid-file=FILE
 *       [--heap=512m] [--timeout-seconds=120]
 * stop  --pid-file=FILE
 * </pre>
 */
public final class LocalOpenSearchMain {

    private static final String USAGE = "start --distribution=ZIP --analysis-common=JAR --home=DIR"
            + " --http-port=PORT --cluster-name=NAME --pid-file=FILE | stop --pid-file=FILE";
    private static final Set<String> START_OPTIONS = Set.of("distribution", "analysis-common", "home", "http-port",
            "cluster-name", "pid-file", "heap", "timeout-seconds");
    private static final Duration STOP_GRACE = Duration.ofSeconds(60);

    private LocalOpenSearchMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return StartStopMain.run("LocalOpenSearchMain", USAGE, args, START_OPTIONS, Set.of(),
                options -> start(options, out, err), pidFile -> stop(pidFile, out), err);
    }

    private static int start(MainOptions options, PrintStream out, PrintStream err) throws IOException {
        Path pidFile = Path.of(options.required("pid-file"));
        if (Files.exists(pidFile)) {
            stop(pidFile, out); // left over from an interrupted build: that node holds the data folder's lock
        }
        NodeSettings settings = new NodeSettings(
                Path.of(options.required("distribution")),
                Path.of(options.required("analysis-common")),
                Path.of(options.required("home")),
                Integer.parseInt(options.required("http-port")),
                options.required("cluster-name"),
                options.get("heap", "512m"),
                false);
        Duration timeout = Duration.ofSeconds(Long.parseLong(options.get("timeout-seconds",
                String.valueOf(LocalOpenSearchNode.DEFAULT_START_TIMEOUT.toSeconds()))));
        long started = System.nanoTime();
        LocalOpenSearchNode node = null;
        try {
            node = LocalOpenSearchNode.start(settings);
            node.awaitReady(timeout);
            Files.createDirectories(pidFile.toAbsolutePath().getParent());
            Files.writeString(pidFile, node.pid() + "\n");
            out.printf("OpenSearch ready at %s (cluster %s, pid %d, log %s) in %.1f s%n", node.url(),
                    settings.clusterName(), node.pid(), node.log(), (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (IOException | RuntimeException | InterruptedException e) {
            if (node != null) {
                node.stop();
            }
            err.println("Could not start OpenSearch: " + e.getMessage());
            return 1;
        }
    }

    /** Stops the node named by the pid file, if that process still is an OpenSearch node; deletes the file. */
    static boolean stop(Path pidFile, PrintStream out) throws IOException {
        if (!Files.exists(pidFile)) {
            out.println("No OpenSearch node to stop: " + pidFile + " does not exist");
            return true;
        }
        Optional<ProcessHandle> node = ProcessTree.stopLeftover(pidFile, "org.opensearch", STOP_GRACE);
        if (node.isEmpty()) {
            out.println("The process in " + pidFile + " is no OpenSearch node (any more); nothing to stop");
            return true;
        }
        boolean stopped = !node.get().isAlive();
        out.println((stopped ? "Stopped" : "Could not stop") + " OpenSearch (pid " + node.get().pid() + ")");
        return stopped;
    }
}
