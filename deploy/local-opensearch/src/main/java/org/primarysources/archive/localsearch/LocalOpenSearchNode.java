package org.primarysources.archive.localsearch;

import org.primarysources.archive.localprocess.CommandPrefix;
import org.primarysources.archive.localprocess.LocalPorts;
import org.primarysources.archive.localprocess.LogTail;
import org.primarysources.archive.localprocess.ProcessTree;
import org.primarysources.archive.localprocess.RunAs;
import org.primarysources.archive.localprocess.ServiceUser;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One real OpenSearch node, run as a child process from the distribution zip, bound to 127.0.0.1.
 * {@link #start} returns as soon as the process runs; {@link #awaitReady} waits until it is ours and yellow.
 * Several nodes started with {@link NodeSettings#asClusterMember} form one cluster (start them all, then wait:
 * a member is ready only once a cluster-manager has been elected). When we are root, the node runs as the system
 * user {@value #SERVICE_USER} (OpenSearch refuses root).
 */
public final class LocalOpenSearchNode implements AutoCloseable {

    /** The unprivileged system user the node runs as when we are root. */
    public static final String SERVICE_USER = "archive-search";

    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final int LOG_TAIL_LINES = 40;

    private final NodeSettings settings;
    private final NodeHome home;
    private final Process process;
    private final URI url;

    private LocalOpenSearchNode(NodeSettings settings, NodeHome home, Process process, URI url) {
        this.settings = settings;
        this.home = home;
        this.process = process;
        this.url = url;
    }

    /** Prepares the home and starts the node; does not wait for it (see {@link #awaitReady}). */
    public static LocalOpenSearchNode start(NodeSettings settings) throws IOException {
        NodeHome home = new NodeHome(settings.home());
        ProcessTree.stopLeftover(home.pidFile(), "-Ecluster.name=" + settings.clusterName() + " ", STOP_GRACE)
                .ifPresent(p -> System.err.println(
                        "Stopped a leftover OpenSearch node (pid " + p.pid() + ") of " + home.home));
        int httpPort = settings.httpPort() == 0 ? LocalPorts.free() : settings.httpPort();
        if (!LocalPorts.isFree(httpPort)) {
            throw new IOException("port " + httpPort + " on 127.0.0.1 is already in use; OpenSearch needs it free");
        }
        int transportPort = settings.transportPort() == 0 ? LocalPorts.free() : settings.transportPort();
        if (settings.transportPort() != 0 && !LocalPorts.isFree(transportPort)) {
            throw new IOException("transport port " + transportPort + " on 127.0.0.1 is already in use;"
                    + " OpenSearch needs it free");
        }
        home.prepare(settings.distribution(), settings.analysisCommon(), settings.heap());
        Path java = javaHome().resolve("bin").resolve("java");

        Optional<RunAs> user = Optional.empty();
        if (ServiceUser.weAreRoot()) {
            user = Optional.of(new ServiceUser(SERVICE_USER).prepare("OpenSearch", List.of(home.home),
                    List.of(home.data), List.of(java)));
        }
        List<String> command = new ArrayList<>(CommandPrefix.of(settings.ownSession(), user, settings.deathSignal()));
        command.addAll(nodeCommand(home, settings, httpPort, transportPort));

        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.home.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.consoleLog().toFile()))
                .redirectErrorStream(true);
        configure(builder.environment(), home, javaHome());
        Files.writeString(home.consoleLog(), "---- " + Instant.now() + " starting: " + String.join(" ", command) + "\n",
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        Process process = builder.start();
        Files.writeString(home.pidFile(), process.pid() + "\n");
        return new LocalOpenSearchNode(settings, home, process, URI.create("http://127.0.0.1:" + httpPort));
    }

    static List<String> nodeCommand(NodeHome home, String clusterName, int httpPort, int transportPort) {
        return nodeCommand(home, NodeSettings.of(Path.of("unused.zip"), Path.of("unused.jar"), home.home, clusterName),
                httpPort, transportPort);
    }

    static List<String> nodeCommand(NodeHome home, NodeSettings settings, int httpPort, int transportPort) {
        List<String> command = new ArrayList<>(List.of(
                home.launchScript().toString(),
                "-Ecluster.name=" + settings.clusterName(),
                "-Enode.name=" + settings.effectiveNodeName()));
        if (settings.singleNode()) {
            command.add("-Ediscovery.type=single-node");
        }
        command.addAll(List.of(
                "-Enetwork.host=127.0.0.1",
                "-Ehttp.port=" + httpPort,
                "-Etransport.port=" + transportPort,
                "-Epath.data=" + home.data,
                "-Epath.logs=" + home.logs));
        Map<String, String> more = new LinkedHashMap<>();
        // a single local node: a nearly full disk must not turn the archive read-only
        more.put("cluster.routing.allocation.disk.threshold_enabled", "false");
        more.putAll(settings.settings()); // once each: OpenSearch refuses a setting given twice
        more.forEach((key, value) -> command.add("-E" + key + "=" + value));
        return List.copyOf(command);
    }

    static void configure(Map<String, String> environment, NodeHome home, Path javaHome) {
        environment.keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JAVA_OPTS",
                "OPENSEARCH_JAVA_OPTS", "OPENSEARCH_HOME", "KEYSTORE_PASSWORD"));
        environment.put("OPENSEARCH_JAVA_HOME", javaHome.toString());
        environment.put("OPENSEARCH_PATH_CONF", home.config.toString());
        environment.put("OPENSEARCH_TMPDIR", home.tmp.toString());
    }

    /**
     * Waits until the node answers as ours (our cluster name) with status yellow or green.
     *
     * @throws IOException if it exits, another node answers on its port, or the timeout passes; the node is
     *                     left running in the last two cases (call {@link #stop})
     */
    public void awaitReady(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        ClusterProbe probe = new ClusterProbe(url, settings.clusterName());
        while (true) {
            if (!process.isAlive()) {
                throw new IOException("OpenSearch exited with code " + process.exitValue()
                        + " while starting. Last lines of " + home.consoleLog() + ":\n"
                        + LogTail.of(home.consoleLog(), LOG_TAIL_LINES));
            }
            if (probe.ready()) {
                return;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IOException("OpenSearch was not ready at " + url + " within " + timeout.toSeconds()
                        + " s. Last lines of " + home.consoleLog() + ":\n"
                        + LogTail.of(home.consoleLog(), LOG_TAIL_LINES));
            }
            Thread.sleep(250);
        }
    }

    /** http://127.0.0.1:port, no trailing slash. */
    public URI url() {
        return url;
    }

    public String clusterName() {
        return settings.clusterName();
    }

    public long pid() {
        return process.pid();
    }

    public Process process() {
        return process;
    }

    /** Where the node's stdout and stderr go; OpenSearch's own logs are beside it. */
    public Path log() {
        return home.consoleLog();
    }

    /** SIGTERM, then SIGKILL after a grace period; also stops anything the node started. Idempotent. */
    public void stop() {
        if (ProcessTree.stop(process.toHandle(), STOP_GRACE)) {
            try {
                Files.deleteIfExists(home.pidFile());
            } catch (IOException e) {
                // harmless: a stale pid file is checked against the process before it is used
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    static Path javaHome() {
        return Path.of(System.getProperty("java.home"));
    }
}
