package org.primarysources.archive.localsearch;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import org.junit.jupiter.api.Test;
import org.primarysources.archive.localprocess.Folders;
import org.primarysources.archive.localprocess.LocalPorts;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Starts real OpenSearch nodes from the distribution the parent's copy-opensearch execution provides. */
class LocalOpenSearchNodeIT {

    private static final Path WORK = Path.of(System.getProperty("it.opensearch.workDir", "target/it-opensearch"));
    private static final Path DISTRIBUTION = Path.of(System.getProperty("it.opensearch.distribution",
            WORK.resolve("opensearch.zip").toString()));
    private static final Path ANALYSIS_COMMON = Path.of(System.getProperty("it.opensearch.analysisCommon",
            WORK.resolve("analysis-common.jar").toString()));
    private static final String CLASSES = System.getProperty("it.localsearch.classes", "target/classes");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void cliNodeOutlivesItsJvmFoldsDiacriticsKeepsDataAcrossRestartsAndLeavesNothingBehind() throws Exception {
        Path home = WORK.resolve("node-lifecycle");
        Path pidFile = WORK.resolve("node-lifecycle.pid");
        int port = LocalPorts.free();
        String cluster = "archive-it-lifecycle-" + port;
        Folders.deleteRecursively(home); // a fresh node: no index from an earlier run of this test

        long started = System.nanoTime();
        CliResult start = cli("start", "--distribution=" + DISTRIBUTION, "--analysis-common=" + ANALYSIS_COMMON,
                "--home=" + home, "--http-port=" + port, "--cluster-name=" + cluster, "--pid-file=" + pidFile);
        System.out.printf("CLI start to ready: %.1f s%n%s", (System.nanoTime() - started) / 1e9, start.output);
        assertThat(start.code).as(start.output).isZero();
        assertThat(start.output).contains("http://127.0.0.1:" + port);
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        try {
            assertThat(ProcessHandle.of(pid)).as("node outlives the JVM that started it")
                    .hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());
            URI url = URI.create("http://127.0.0.1:" + port);
            assertThat(tokens(url, "Urbšys Šešupė")).containsExactly("urbsys", "sesupe");
            assertThat(send(url, "PUT", "/kept", "").statusCode()).isEqualTo(200);
        } finally {
            CliResult stop = cli("stop", "--pid-file=" + pidFile);
            assertThat(stop.code).as(stop.output).isZero();
        }
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(pidFile).doesNotExist();
        assertNoProcessOf(cluster);

        started = System.nanoTime();
        try (LocalOpenSearchNode node = LocalOpenSearchNode.start(
                NodeSettings.of(DISTRIBUTION, ANALYSIS_COMMON, home, cluster).withHeap("384m"))) {
            node.awaitReady(LocalOpenSearchNode.DEFAULT_START_TIMEOUT);
            System.out.printf("Warm restart to ready: %.1f s%n", (System.nanoTime() - started) / 1e9);
            assertThat(send(node.url(), "GET", "/kept", null).statusCode()).as("index survives a restart")
                    .isEqualTo(200);
        }
        assertNoProcessOf(cluster);
    }

    @Test
    void refusesAPortAnsweredByANodeOfAnotherCluster() throws Exception {
        HttpServer foreign = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        foreign.createContext("/", exchange -> {
            byte[] body = "{\"name\":\"n\",\"cluster_name\":\"someone-else\",\"tagline\":\"The OpenSearch Project\"}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        foreign.start();
        try {
            URI url = URI.create("http://127.0.0.1:" + foreign.getAddress().getPort());
            assertThatThrownBy(() -> new ClusterProbe(url, "archive-ours").ready())
                    .isInstanceOf(IOException.class).hasMessageContaining("someone-else")
                    .hasMessageContaining("archive-ours");
            assertThatThrownBy(() -> LocalOpenSearchNode.start(NodeSettings.of(DISTRIBUTION, ANALYSIS_COMMON,
                    WORK.resolve("node-foreign"), "archive-ours").withHttpPort(foreign.getAddress().getPort())))
                    .isInstanceOf(IOException.class).hasMessageContaining("already in use");
        } finally {
            foreign.stop(0);
        }
    }

    @Test
    void nodeThatDiesWhileStartingIsReportedWithItsLog() throws Exception {
        String cluster = "archive-it-dies-" + ProcessHandle.current().pid();
        NodeSettings settings = NodeSettings.of(DISTRIBUTION, ANALYSIS_COMMON, WORK.resolve("node-dies"), cluster)
                .withHeap("1m");
        try (LocalOpenSearchNode node = LocalOpenSearchNode.start(settings)) {
            assertThatThrownBy(() -> node.awaitReady(Duration.ofSeconds(60)))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("exited with code")
                    .hasMessageContaining(node.log().toString())
                    .hasMessageContaining("heap");
        }
        assertNoProcessOf(cluster);
    }

    private List<String> tokens(URI url, String text) throws Exception {
        JsonObject analyze = Json.createObjectBuilder()
                .add("tokenizer", "standard")
                .add("filter", Json.createArrayBuilder().add("lowercase").add("asciifolding"))
                .add("text", text)
                .build();
        HttpResponse<String> response = send(url, "POST", "/_analyze", analyze.toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject().getJsonArray("tokens").getValuesAs(JsonObject.class).stream()
                    .map(token -> token.getString("token")).toList();
        }
    }

    private HttpResponse<String> send(URI url, String method, String path, String json) throws Exception {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json);
        return http.send(HttpRequest.newBuilder(url.resolve(path)).method(method, body)
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertNoProcessOf(String cluster) {
        assertThat(ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains("-Ecluster.name=" + cluster + " "))
                .map(ProcessHandle::pid)).as("processes of cluster " + cluster).isEmpty();
    }

    private record CliResult(int code, String output) {
    }

    /** Runs LocalOpenSearchMain in its own JVM, as the parent pom's start/stop-opensearch executions do. */
    private static CliResult cli(String... args) throws Exception {
        String classpath = String.join(File.pathSeparator, CLASSES, jarOf(LocalPorts.class),
                jarOf(JsonProvider.class), jarOf(JsonProvider.provider().getClass()));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath,
                LocalOpenSearchMain.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        return new CliResult(process.exitValue(), output);
    }

    /** The jar (or directory) a class was loaded from: local-process, JSON-P and Parsson, for the CLI's classpath. */
    private static String jarOf(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
