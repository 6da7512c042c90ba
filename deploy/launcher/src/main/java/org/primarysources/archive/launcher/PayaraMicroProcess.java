package org.primarysources.archive.launcher;

import org.primarysources.archive.localprocess.CommandPrefix;
import org.primarysources.archive.localprocess.Folders;
import org.primarysources.archive.localprocess.ProcessTree;

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
 * output in {@code <data-dir>/logs/payara.log}, its own files in {@code <data-dir>/payara}. That folder is made
 * afresh at every start: Payara Micro keeps the applications deployed under it and would otherwise deploy the
 * archive twice, the kept copy and the {@code --deploy}ed one, answering 404 in between.
 */
final class PayaraMicroProcess implements Supervisor.Server {

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Process process;
    private final Path dataDir;
    private final URI readyUrl;
    private final URI recordsUrl;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private PayaraMicroProcess(Process process, Path dataDir, int port) {
        this.process = process;
        this.dataDir = dataDir;
        this.readyUrl = URI.create("http://127.0.0.1:" + port + "/health/ready");
        this.recordsUrl = URI.create("http://127.0.0.1:" + port + "/api/records?size=1");
    }

    static PayaraMicroProcess start(Path payaraJar, Path war, int port, Path dataDir, String heap,
                                    AppEnvironment app) throws IOException {
        Path log = log(dataDir);
        Files.createDirectories(log.getParent());
        Folders.deleteRecursively(rootDir(dataDir));
        Files.createDirectories(rootDir(dataDir));
        // its own session: a terminal's Ctrl-C reaches only the launcher, which stops the servers in order;
        // SIGTERM when the launcher's main thread ends, even by SIGKILL: no orphan keeps the port
        List<String> command = new ArrayList<>(CommandPrefix.of(true, Optional.empty(), DataDir.deathSignal("TERM")));
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
     * True once the application that will serve is up: {@code /health/ready} answers 200 and the API answers
     * {@code /api/records} with JSON (Payara's own pages answer while a deployment is still under way).
     */
    boolean isReady() throws InterruptedException {
        return answers(readyUrl) && answers(recordsUrl);
    }

    private boolean answers(URI url) throws InterruptedException {
        try {
            HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).GET().build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200
                    && response.headers().firstValue("Content-Type").orElse("").contains("json");
        } catch (IOException notYet) {
            return false;
        }
    }

    @Override
    public Process process() {
        return process;
    }

    @Override
    public Path log() {
        return log(dataDir);
    }

    @Override
    public void stop() {
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
