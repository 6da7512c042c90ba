package org.primarysources.archive.launcher;

import org.primarysources.archive.localsearch.ProcessTree;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Payara Micro running the archive WAR at {@code /}, as a child process: configuration in its environment,
 * output in {@code <data-dir>/logs/payara.log}, its own files in {@code <data-dir>/payara}.
 */
final class PayaraMicroProcess {

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Process process;
    private final Path dataDir;
    private final URI readyUrl;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private PayaraMicroProcess(Process process, Path dataDir, int port) {
        this.process = process;
        this.dataDir = dataDir;
        this.readyUrl = URI.create("http://127.0.0.1:" + port + "/health/ready");
    }

    static PayaraMicroProcess start(Path payaraJar, Path war, int port, Path dataDir, String heap,
                                    AppEnvironment app) throws IOException {
        Path log = log(dataDir);
        Files.createDirectories(log.getParent());
        Files.createDirectories(rootDir(dataDir));
        List<String> command = new ArrayList<>();
        newSession().ifPresent(setsid -> command.add(setsid.toString()));
        command.addAll(command(Path.of(System.getProperty("java.home"), "bin", "java"), heap, payaraJar, war, port,
                rootDir(dataDir)));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dataDir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectErrorStream(true);
        app.applyTo(builder.environment());
        Files.writeString(log, "---- " + Instant.now() + " starting: " + String.join(" ", command) + "\n",
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        Process process = builder.start();
        Files.writeString(pidFile(dataDir), process.pid() + "\n");
        return new PayaraMicroProcess(process, dataDir, port);
    }

    static List<String> command(Path java, String heap, Path payaraJar, Path war, int port, Path rootDir) {
        return List.of(java.toString(), "-Xmx" + heap, "-jar", payaraJar.toString(),
                "--deploy", war.toString(),
                "--contextroot", "/",
                "--port", String.valueOf(port),
                "--nocluster",
                "--disablephonehome",
                "--rootdir", rootDir.toString());
    }

    /** Stops a Payara Micro left running on this data folder by a launcher that was killed too hard to stop it. */
    static void stopLeftover(Path dataDir) throws IOException {
        ProcessTree.stopLeftover(pidFile(dataDir), "--rootdir " + rootDir(dataDir), STOP_GRACE)
                .ifPresent(p -> System.err.println(
                        "Stopped a leftover Payara Micro (pid " + p.pid() + ") of " + dataDir));
    }

    /**
     * In its own session (setsid) a terminal's Ctrl-C reaches only the launcher, which then stops the
     * children itself, in order.
     */
    static Optional<Path> newSession() {
        return Optional.of(Path.of("/usr/bin/setsid")).filter(Files::isExecutable)
                .or(() -> Optional.of(Path.of("/bin/setsid")).filter(Files::isExecutable));
    }

    /** True once {@code /health/ready} answers 200. */
    boolean isReady() throws InterruptedException {
        try {
            HttpRequest request = HttpRequest.newBuilder(readyUrl).timeout(Duration.ofSeconds(5)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    Process process() {
        return process;
    }

    Path log() {
        return log(dataDir);
    }

    void stop() {
        if (ProcessTree.stop(process.toHandle(), STOP_GRACE)) {
            try {
                Files.deleteIfExists(pidFile(dataDir));
            } catch (IOException e) {
                // harmless: a stale pid file is checked against the process before it is used
            }
        }
    }

    private static Path log(Path dataDir) {
        return dataDir.resolve("logs").resolve("payara.log");
    }

    private static Path rootDir(Path dataDir) {
        return dataDir.resolve("payara");
    }

    private static Path pidFile(Path dataDir) {
        return dataDir.resolve("payara.pid");
    }
}
