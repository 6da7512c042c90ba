package org.primarysources.archive.launcher;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** import, reindex and verify against a small stand-in for the archive's HTTP API. */
class ApiCommandsTest {

    @TempDir
    Path tmp;
    private HttpServer server;
    private final List<String> requests = new ArrayList<>();
    private volatile boolean broken;
    private volatile int jobPolls;
    private volatile String jobEnd = "DONE";

    private String server() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type") + " "
                    + exchange.getRequestHeaders().getFirst("Authorization") + " " + body);
            boolean admin = ("Basic " + Base64.getEncoder().encodeToString("admin:pw".getBytes(StandardCharsets.UTF_8)))
                    .equals(exchange.getRequestHeaders().getFirst("Authorization"));
            String path = exchange.getRequestURI().getPath();
            String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
            boolean background = path.endsWith("/api/imports") && type.startsWith("text/csv") && body.contains("big");
            int status = !admin ? 403 : background ? 202 : 200;
            if (background) {
                exchange.getResponseHeaders().add("Location", server() + "/api/imports/jobs/5");
            }
            JsonObject answer = admin ? answer(exchange.getRequestMethod(), path) : Json.createObjectBuilder()
                    .add("type", "about:blank").add("title", "Forbidden").add("status", 403)
                    .add("detail", "Needs the \"admin\" role").build();
            exchange.getResponseHeaders().add("Content-Type", admin ? "application/json" : "application/problem+json");
            byte[] bytes = answer.toString().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    /** What the stand-in answers an admin: the reindex progress, the audit report, or a plain acknowledgement. */
    private JsonObject answer(String method, String path) {
        if (path.endsWith("/api/imports/jobs/5")) {
            int poll = jobPolls++;
            return Json.createObjectBuilder().add("id", 5).add("state", poll < 2 ? "RUNNING" : jobEnd)
                    .add("rowsDone", poll < 2 ? 500 * (poll + 1) : 1500).add("rowsTotal", 1500)
                    .add("errors", jobEnd.equals("FAILED") ? Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("line", 1201).add("column", "source")
                            .add("problem", "line 1201, column “source”: there is no source 99"))
                            : Json.createArrayBuilder()).build();
        }
        if (path.endsWith("/api/admin/reindex") && method.equals("GET")) {
            return Json.createObjectBuilder().add("state", "DONE").add("done", 3).add("total", 3).build();
        }
        if (path.endsWith("/api/verify")) {
            JsonArrayBuilder brokenItems = Json.createArrayBuilder();
            if (broken) {
                brokenItems.add(Json.createObjectBuilder().add("id", 7));
            }
            return Json.createObjectBuilder().add("broken", brokenItems).add("intact", !broken).build();
        }
        return Json.createObjectBuilder().add("ok", true).build();
    }

    /** What a command printed, read as the JSON object it is. */
    private static JsonObject json(String printed) {
        try (JsonReader reader = Json.createReader(new StringReader(printed))) {
            return reader.readObject();
        }
    }

    private CommandLineRun run(String password, String... args) {
        return CommandLineRun.of(environment(Map.of("ARCHIVE_PASSWORD", password)), args);
    }

    /** Gives the commands this environment instead of the real one. */
    private static Consumer<CommandLine> environment(Map<String, String> environment) {
        return commandLine -> commandLine.getSubcommands().values().forEach(sub ->
                sub.getCommandSpec().mixins().values().stream()
                        .map(CommandSpec::userObject)
                        .filter(ServerOptions.class::isInstance)
                        .forEach(options -> ((ServerOptions) options).environment = environment));
    }

    @Test
    void importPostsTheFileAsPlainTextWithBasicAuth() throws IOException {
        Path file = Files.writeString(tmp.resolve("source.txt"), "Urbšys wrote to Šešupė.");

        CommandLineRun result = run("pw", "import", file.toString(), "--server", server(), "--user", "admin");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(json(result.out())).isEqualTo(Json.createObjectBuilder().add("ok", true).build());
        assertThat(requests).singleElement().asString()
                .startsWith("POST /api/imports?fileName=source.txt text/plain; charset=UTF-8 Basic ")
                .endsWith("Urbšys wrote to Šešupė.");
    }

    @Test
    void importNamesTheArticlesLanguageAndTitleWhenGiven() throws IOException {
        Path file = Files.writeString(tmp.resolve("vertrag.txt"), "Der Vertrag wurde in Moskau unterzeichnet.");

        CommandLineRun result = run("pw", "import", file.toString(), "--server", server(), "--user", "admin",
                "--language", "de", "--title", "Vertrag von Moskau");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(requests).singleElement().asString()
                .startsWith("POST /api/imports?fileName=vertrag.txt&language=de&title=Vertrag+von+Moskau text/plain");
    }

    @Test
    void aCsvFileGoesAsTextCsvAndABackgroundImportIsFollowedWithAProgressBar() throws IOException {
        Path file = Files.writeString(tmp.resolve("big.csv"), "kind,text,source\nclause,big,1\n");

        CommandLineRun result = run("pw", "import", file.toString(), "--server", server(), "--user", "admin");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(requests.get(0)).startsWith("POST /api/imports?fileName=big.csv text/csv; charset=UTF-8 Basic ");
        assertThat(requests).hasSize(4).element(3).asString().startsWith("GET /api/imports/jobs/5 ");
        assertThat(result.err()).contains(
                "Importing big.csv [#########.....................]  33% (500 of 1,500 rows)",
                "Importing big.csv [##############################] 100% (1,500 of 1,500 rows)");
        assertThat(json(result.out()).getString("state")).isEqualTo("DONE");
    }

    @Test
    void aFailedBackgroundImportExitsNonZeroNamingTheRow() throws IOException {
        jobEnd = "FAILED";
        Path file = Files.writeString(tmp.resolve("big.csv"), "kind,text,source\nclause,big,1\n");

        CommandLineRun result = run("pw", "import", file.toString(), "--server", server(), "--user", "admin");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("Import failed, nothing was written: line 1201, column “source”");
    }

    @Test
    void theMediaTypeFollowsTheExtension() {
        assertThat(ImportCommand.mediaType(Path.of("records.CSV"))).isEqualTo("text/csv; charset=UTF-8");
        assertThat(ImportCommand.mediaType(Path.of("article.txt"))).isEqualTo("text/plain; charset=UTF-8");
        assertThat(ImportCommand.bar("Importing x", 0, 0)).isEqualTo(
                "Importing x [..............................]   0% (0 of 0 rows)");
    }

    @Test
    void reindexAndVerifyCallTheirEndpoints() {
        assertThat(run("pw", "reindex", "--server", server() + "/", "--user", "admin").code()).isZero();
        assertThat(run("pw", "verify", "--server", server(), "--user", "admin").code()).isZero();

        assertThat(requests).hasSize(3);
        assertThat(requests.get(0)).startsWith("POST /api/admin/reindex ");
        assertThat(requests.get(1)).startsWith("GET /api/admin/reindex ");
        assertThat(requests.get(2)).startsWith("GET /api/verify ");
    }

    @Test
    void verifyExitsTwoWhenTheArchiveIsNotIntact() {
        broken = true;

        CommandLineRun result = run("pw", "verify", "--server", server(), "--user", "admin");

        assertThat(result.code()).isEqualTo(2);
        assertThat(json(result.out()).getBoolean("intact")).isFalse();
    }

    @Test
    void httpErrorsExitNonZeroWithTheProblemDetail() {
        CommandLineRun result = run("wrong", "verify", "--server", server(), "--user", "admin");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("HTTP 403", "Needs the \"admin\" role");
    }

    @Test
    void unreachableServerIsSaidPlainly() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        CommandLineRun result = run("pw", "verify", "--server", "http://127.0.0.1:" + port);

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("Cannot reach");
    }

    @Test
    void missingImportFileIsNamed() {
        CommandLineRun result = run("pw", "import", tmp.resolve("absent.txt").toString(), "--server", server());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("No such file").contains("absent.txt");
        assertThat(requests).isEmpty();
    }

    @Test
    void problemDetailFallsBackToTitleThenBody() {
        assertThat(ArchiveApi.problem(Json.createObjectBuilder().add("title", "Not Found").add("status", 404).build()
                .toString())).isEqualTo("Not Found");
        assertThat(ArchiveApi.problem("<html>oops</html>")).isEqualTo("<html>oops</html>");
        assertThat(ArchiveApi.problem("")).isEqualTo("(no details)");
    }

    @Test
    void withoutPasswordOrTerminalItSaysHowToGiveOne() {
        CommandLineRun result = CommandLineRun.of(environment(Map.of()), "verify", "--server", server());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("ARCHIVE_PASSWORD");
    }

    @Test
    void importBagRefusesADamagedBagNamingTheFileAndSendsNothing() throws Exception {
        Path bag = tmp.resolve("bag");
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        org.primarysources.archive.core.bagit.ZipBagWriter writer =
                new org.primarysources.archive.core.bagit.ZipBagWriter(zipped, "bag");
        writer.payload("records/1/versions/1.json", "{\"id\":1}".getBytes(StandardCharsets.UTF_8));
        writer.finish(Map.of(), java.time.LocalDate.of(2026, 12, 4));
        org.primarysources.archive.core.bagit.BagFiles.unzip(new java.io.ByteArrayInputStream(zipped.toByteArray()),
                bag);
        Files.writeString(bag.resolve("data/records/1/versions/1.json"), "{\"id\":2}");

        CommandLineRun result = run("pw", "import", "--bag", bag.toString(), "--server", server(), "--user", "admin");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("data/records/1/versions/1.json: its SHA-512 is not the manifest's");
        assertThat(requests).isEmpty();
    }

    @Test
    void importNeedsAFileOrABagButNotBoth() {
        CommandLineRun result = run("pw", "import", "--server", server(), "--user", "admin");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("Name a FILE to import, or a bag folder with --bag");
        assertThat(requests).isEmpty();
    }
}
