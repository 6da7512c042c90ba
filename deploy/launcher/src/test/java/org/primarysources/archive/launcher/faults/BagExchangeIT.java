package org.primarysources.archive.launcher.faults;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.bagit.BagFiles;
import org.primarysources.archive.localprocess.Folders;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Handing the archive on: the demo archive, started as {@code ./archive run} starts it, is written as a BagIt bag by
 * {@code ./archive export --bag}; the bag checks out with {@code sha512sum -c}; an archive started empty takes it in
 * with {@code ./archive import --bag}, after refusing a copy with one flipped byte, naming the file, and writing
 * nothing. The log's entries — and with them every version's hash, author, approver and time — are then the same in
 * both archives, and the audit finds the new one intact.
 */
class BagExchangeIT {

    private static final Path WORK = Path.of("target", "bag-exchange").toAbsolutePath();
    /** A first start (initdb, a new index, the demo import) on two cores shared with other builds can be slow. */
    private static final String[] SLOW_START = {"--timeout", "600"};

    @Test
    void aBagCarriesTheArchiveIntoAnEmptyOneWithIdenticalVersionHashes() throws Exception {
        Folders.deleteRecursively(WORK);
        Path bag = WORK.resolve("bag");
        List<String> originalEntries;
        try (LaunchedArchive original = LaunchedArchive.start(WORK.resolve("original"), SLOW_START)) {
            ArchiveClient client = new ArchiveClient(original.base());
            ArchiveClient.await(Duration.ofSeconds(60), "the first checkpoint",
                    () -> client.get("api/log/checkpoint", null).statusCode() == 200);
            long sourceId = client.demoSourceId();

            Run exported = archive(original, "export", "--bag", bag.toString());
            assertThat(exported.exit()).as(exported.output()).isZero();
            assertThat(exported.output()).contains("verified");
            originalEntries = entries(client);

            Run oneSource = archive(original, "export", "--bag", WORK.resolve("source-bag").toString(), "--source",
                    String.valueOf(sourceId));
            assertThat(oneSource.exit()).as(oneSource.output()).isZero();
            assertThat(WORK.resolve("source-bag/data/sources/" + sourceId + "/versions/1.txt")).exists();

            Run intoAFullArchive = archive(original, "import", "--bag", bag.toString());
            assertThat(intoAFullArchive.exit()).isEqualTo(1);
            assertThat(intoAFullArchive.output()).contains("HTTP 409", "empty archive only");
        }
        assertThat(originalEntries).isNotEmpty();

        for (String manifest : List.of("manifest-sha512.txt", "tagmanifest-sha512.txt")) {
            Run checked = run(bag, List.of("sha512sum", "--strict", "-c", manifest));
            assertThat(checked.exit()).as(checked.output()).isZero();
            assertThat(checked.output()).doesNotContain("FAILED");
        }
        assertThat(Files.readString(bag.resolve("bag-info.txt"))).contains("Payload-Oxum: ", "Bagging-Date: ",
                "Source-Organization: ", "External-Description: ", "Bag-Software-Agent: ", "Bag-Size: ");
        assertThat(bag.resolve("data/log/verifier-key.txt")).exists();
        assertThat(bag.resolve("data/log/checkpoints.txt")).isNotEmptyFile();

        Path damaged = WORK.resolve("damaged-bag");
        copy(bag, damaged);
        String flipped = firstRecordVersion(damaged);
        byte[] bytes = Files.readAllBytes(damaged.resolve(flipped));
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(damaged.resolve(flipped), bytes);

        try (LaunchedArchive empty = LaunchedArchive.start(WORK.resolve("empty"), Map.of("ARCHIVE_DEMO_ARCHIVE",
                "false"), SLOW_START)) {
            ArchiveClient client = new ArchiveClient(empty.base());
            assertThat(client.publishedRecords()).isZero();

            HttpResponse<String> refused = upload(empty.base(), damaged);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            JsonObject problem = ArchiveClient.json(refused.body());
            assertThat(problem.getString("field")).isEqualTo(flipped);
            assertThat(problem.getString("detail")).contains(flipped);
            Run refusedByLauncher = archive(empty, "import", "--bag", damaged.toString());
            assertThat(refusedByLauncher.exit()).isEqualTo(1);
            assertThat(refusedByLauncher.output()).contains(flipped);
            assertThat(entries(client)).isEmpty();
            assertThat(client.publishedRecords()).isZero();

            Run imported = archive(empty, "import", "--bag", bag.toString());
            assertThat(imported.exit()).as(imported.output()).isZero();

            assertThat(entries(client)).containsExactlyElementsOf(originalEntries);
            ArchiveClient.await(Duration.ofSeconds(180), "the audit intact, the index caught up",
                    () -> client.verify().getBoolean("intact"));
            Run verified = archive(empty, "verify");
            assertThat(verified.exit()).as(verified.output()).isZero();
            JsonObject report = client.verify();
            assertThat(report.getBoolean("intact")).as(report.toString()).isTrue();
        }
    }

    /** Every log entry's text, in order: each names a version with its hash, activity, people and time. */
    private static List<String> entries(ArchiveClient client) throws IOException, InterruptedException {
        List<String> texts = new ArrayList<>();
        for (long start = 0; ; start += 1000) {
            JsonObject page = ArchiveClient.json(client.get("api/log/entries?start=" + start, null).body());
            for (JsonValue entry : page.getJsonArray("entries")) {
                texts.add(entry.asJsonObject().getString("text"));
            }
            if (page.getJsonNumber("end").longValue() - start < 1000) {
                return texts;
            }
        }
    }

    private static String firstRecordVersion(Path bag) throws IOException {
        try (Stream<Path> files = Files.walk(bag.resolve("data/records"))) {
            return files.filter(file -> file.getFileName().toString().equals("1.json")).findFirst()
                    .map(file -> bag.relativize(file).toString()).orElseThrow();
        }
    }

    private static HttpResponse<String> upload(URI base, Path bag) throws IOException, InterruptedException {
        Path zip = WORK.resolve("damaged-bag.zip");
        try (OutputStream out = Files.newOutputStream(zip)) {
            BagFiles.zip(bag, out);
        }
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("api/admin/bag"))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                ("admin:" + LaunchedArchive.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/zip")
                        .POST(HttpRequest.BodyPublishers.ofFile(zip)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private record Run(int exit, String output) {
    }

    /** {@code archive.jar <command>} against the archive, as admin, as a user runs it. */
    private static Run archive(LaunchedArchive archive, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(LaunchedArchive.java(), "-jar",
                LaunchedArchive.archiveJar().toString()));
        line.addAll(List.of(command));
        line.addAll(List.of("--server", archive.base().toString()));
        return run(WORK, line);
    }

    private static Run run(Path folder, List<String> command) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Path output = Files.createTempFile(WORK, "run-", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("ARCHIVE_PASSWORD", LaunchedArchive.PASSWORD);
        Process process = builder.start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not end within 300 s");
        }
        return new Run(process.exitValue(), Files.readString(output));
    }
}
