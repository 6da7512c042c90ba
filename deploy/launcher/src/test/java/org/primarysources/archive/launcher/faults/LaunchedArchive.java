package org.primarysources.archive.launcher.faults;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The archive as a user starts it: {@code java -jar archive.jar run} in a process of its own, with its servers
 * (PostgreSQL, OpenSearch, Payara Micro) as that launcher's children. Knows where each server's pid is written,
 * so a scenario can kill one with SIGKILL.
 */
final class LaunchedArchive implements AutoCloseable {

    static final String PASSWORD = "fault-suite-secret";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(600);
    private static final Pattern READY = Pattern.compile("Archive ready at \\S+ in ([0-9.]+) s");

    enum Server { PAYARA, POSTGRES, OPENSEARCH }

    private final Process launcher;
    private final Path dataDir;
    private final int port;
    private final Path output;
    private final long outputStart;
    private double readySeconds;

    private LaunchedArchive(Process launcher, Path dataDir, int port, Path output, long outputStart) {
        this.launcher = launcher;
        this.dataDir = dataDir;
        this.port = port;
        this.output = output;
        this.outputStart = outputStart;
    }

    /** Starts {@code archive run} on the data folder and waits for its ready line. */
    static LaunchedArchive start(Path dataDir, String... options) throws IOException, InterruptedException {
        return start(dataDir, Map.of(), options);
    }

    /** As above, with these variables added to the launcher's environment. */
    static LaunchedArchive start(Path dataDir, Map<String, String> environment, String... options)
            throws IOException, InterruptedException {
        Files.createDirectories(dataDir.getParent());
        Path output = dataDir.resolveSibling(dataDir.getFileName() + "-launcher.log");
        long outputStart = Files.exists(output) ? Files.size(output) : 0;
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(java(), "-jar", archiveJar().toString(), "run",
                "--port", String.valueOf(port), "--data-dir", dataDir.toString(), "--heap", "768m"));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
        builder.environment().put("ARCHIVE_DEMO_PASSWORD", PASSWORD);
        builder.environment().putAll(environment);
        LaunchedArchive archive = new LaunchedArchive(builder.start(), dataDir, port, output, outputStart);
        archive.awaitReady();
        return archive;
    }

    private void awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher ready = READY.matcher(output());
            if (ready.find()) {
                readySeconds = Double.parseDouble(ready.group(1));
                return;
            }
            if (!launcher.isAlive()) {
                throw new IllegalStateException("archive run exited with " + launcher.exitValue() + ":\n" + output());
            }
            Thread.sleep(200);
        }
        close();
        throw new IllegalStateException("archive run was not ready within " + READY_TIMEOUT + ":\n" + output());
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    Path dataDir() {
        return dataDir;
    }

    double readySeconds() {
        return readySeconds;
    }

    /** What the launcher printed since this start. */
    String output() throws IOException {
        byte[] all = Files.readAllBytes(output);
        return new String(all, (int) Math.min(outputStart, all.length), (int) Math.max(0, all.length - outputStart),
                StandardCharsets.UTF_8);
    }

    /** The server's current pid, as the launcher or the server itself wrote it. */
    long pid(Server server) throws IOException {
        Path file = switch (server) {
            case PAYARA -> dataDir.resolve("payara.pid");
            case POSTGRES -> dataDir.resolve("postgres").resolve("postmaster.pid");
            case OPENSEARCH -> dataDir.resolve("opensearch").resolve("node.pid");
        };
        return Long.parseLong(Files.readAllLines(file).get(0).strip());
    }

    /** SIGKILL to one server: it gets no chance to clean up. */
    long kill(Server server) throws Exception {
        long pid = pid(server);
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(
                server + " (pid " + pid + ") is not running"));
        process.destroyForcibly();
        process.onExit().get(30, TimeUnit.SECONDS);
        return pid;
    }

    /** Waits until the launcher has started the server again (another pid, alive). */
    long awaitRestarted(Server server, long oldPid, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Long> pid = currentPid(server);
            if (pid.isPresent() && pid.get() != oldPid && ProcessHandle.of(pid.get()).isPresent()) {
                return pid.get();
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(server + " was not restarted within " + timeout + ":\n" + output());
    }

    private Optional<Long> currentPid(Server server) {
        try {
            return Optional.of(pid(server));
        } catch (IOException | RuntimeException notYet) {
            return Optional.empty();
        }
    }

    /** The servers running now, by their pid files. */
    List<ProcessHandle> servers() {
        List<ProcessHandle> servers = new ArrayList<>();
        for (Server server : Server.values()) {
            currentPid(server).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive).ifPresent(servers::add);
        }
        return servers;
    }

    /** SIGKILL to the launcher itself: it cannot stop its servers; they must notice by themselves. */
    void killLauncher() throws InterruptedException {
        launcher.destroyForcibly();
        launcher.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM to the launcher, as Ctrl-C or a service manager would; it stops its servers and exits. */
    @Override
    public void close() throws IOException, InterruptedException {
        if (!launcher.isAlive()) {
            return;
        }
        List<ProcessHandle> servers = servers();
        launcher.destroy();
        if (!launcher.waitFor(90, TimeUnit.SECONDS)) {
            launcher.destroyForcibly();
            throw new IllegalStateException("archive run did not stop within 90 s of SIGTERM:\n" + output());
        }
        for (ProcessHandle server : servers) {
            if (server.isAlive()) {
                server.destroyForcibly();
                throw new IllegalStateException("pid " + server.pid() + " outlived the launcher's SIGTERM");
            }
        }
    }

    static Path archiveJar() {
        return Path.of(System.getProperty("archive.jar", "../target/archive.jar")).toAbsolutePath().normalize();
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
