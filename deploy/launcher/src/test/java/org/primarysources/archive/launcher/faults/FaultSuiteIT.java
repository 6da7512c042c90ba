package org.primarysources.archive.launcher.faults;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.primarysources.archive.launcher.faults.LaunchedArchive.Server;
import org.primarysources.archive.localpostgres.LocalPostgres;
import org.primarysources.archive.localpostgres.PostgresSettings;
import org.primarysources.archive.localprocess.Folders;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault suite: the archive started as {@code ./archive run} starts it (real PostgreSQL, OpenSearch and Payara
 * Micro processes), faults injected by SIGKILL and by stopping servers, and afterwards every acknowledged request
 * checked against the archive. After every scenario the audit is intact and the index holds exactly the published
 * records. Writes {@code target/fault-suite/reliability.md}, the table the README shows.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteIT {

    private static final Path WORK = Path.of("target", "fault-suite").toAbsolutePath();
    private static final Path ARTICLE = Path.of(System.getProperty("archive.demo.article",
            "../webapp/src/main/resources/demo/soviet-lithuanian-mutual-assistance-treaty-1939.txt"));
    private static final Duration RECOVERY_TIMEOUT = Duration.ofSeconds(240);
    private static final List<String> REPORT = new ArrayList<>();

    private static LaunchedArchive archive;
    private static ArchiveClient client;
    private static long sourceId;

    @BeforeAll
    static void startTheArchive() throws Exception {
        Folders.deleteRecursively(WORK);
        archive = LaunchedArchive.start(WORK.resolve("archive"));
        client = new ArchiveClient(archive.base());
        sourceId = client.demoSourceId();
        keepTheFirstCheckpoint();
        REPORT.add("| first start (fresh data folder, demo archive loaded) | – | – | ready in "
                + seconds(archive.readySeconds()) + " |");
    }

    @AfterAll
    static void stopTheArchive() throws Exception {
        if (archive != null) {
            archive.close();
        }
        Files.createDirectories(WORK);
        Files.writeString(WORK.resolve("reliability.md"), "| scenario | requests acknowledged | lost | recovery |\n"
                + "|---|---|---|---|\n" + String.join("\n", REPORT) + "\n");
    }

    @Test
    @Order(1)
    void payaraKilledDuringABurstLosesNothing() throws Exception {
        Outage outage = killDuringABurst(Server.PAYARA, "payara");

        // until the archive is deployed again, Payara Micro's own pages answer
        checkAfter(outage.burst(), "kill -9 Payara Micro during 4 writers + an import", outage.recovery(),
                outage.burst().improperAnswersOutside(outage.killed(), outage.ready()));
    }

    @Test
    @Order(2)
    void postgresKilledDuringABurstLosesNothingAndAnswers503() throws Exception {
        Outage outage = killDuringABurst(Server.POSTGRES, "postgres");

        checkAfter(outage.burst(), "kill -9 PostgreSQL during 4 writers + an import", outage.recovery(),
                outage.burst().improperAnswers());
        assertThat(outage.burst().refusals().keySet()).as("refusals while the database was away").isSubsetOf(503);
        assertNothingHalfWritten();
    }

    /** A burst of four writers and an import, the server killed after 40 approvals, 20 more after it is back. */
    private static Outage killDuringABurst(Server server, String tag) throws Exception {
        Burst burst = Burst.start(client, sourceId, tag, 4, ARTICLE);
        awaitApprovals(burst, 40);
        long killed = System.nanoTime();
        long old = archive.kill(server);
        archive.awaitRestarted(server, old, RECOVERY_TIMEOUT);
        double recovery = awaitReady(killed);
        long ready = System.nanoTime();
        awaitApprovals(burst, burst.approvals() + 20);
        burst.close();
        return new Outage(burst, killed, ready, recovery);
    }

    private record Outage(Burst burst, long killed, long ready, double recovery) {
    }

    @Test
    @Order(3)
    void openSearchKilledDuringEditsCatchesUp() throws Exception {
        Burst burst = Burst.start(client, sourceId, "opensearch", 4, null);
        awaitApprovals(burst, 20);
        long killed = System.nanoTime();
        long old = archive.kill(Server.OPENSEARCH);
        HttpResponse<String> search = client.get("api/search?q=krostavel", null);
        long approvalsWhileDown = burst.approvals();
        archive.awaitRestarted(Server.OPENSEARCH, old, RECOVERY_TIMEOUT);
        awaitApprovals(burst, approvalsWhileDown + 20);
        burst.close();
        client.awaitIndexEqualsDatabase(RECOVERY_TIMEOUT);
        double recovery = (System.nanoTime() - killed) / 1e9;

        assertThat(search.statusCode()).as(search.body()).isEqualTo(503);
        assertThat(search.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(burst.refusals()).as("edits keep succeeding while search is away").isEmpty();
        checkAfter(burst, "kill -9 OpenSearch during 4 writers (index caught up)", recovery,
                burst.improperAnswers());
    }

    @Test
    @Order(4)
    void twentyEditorsOnTheSameRecordsLoseNoUpdate() throws Exception {
        List<Long> records = publishedQuotes(5);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        long acknowledged = 0;
        try {
            for (long record : records) {
                int base = currentVersion(record);
                List<Long> changes = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    HttpResponse<String> drafted = client.post("api/changes", "archivist",
                            ArchiveClient.quoteUpdate(record, base, "Edited by editor " + i + " of record " + record
                                    + " krostavel", sourceId));
                    assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
                    long id = ArchiveClient.changeId(drafted);
                    assertThat(client.post("api/changes/" + id + "/submit", "archivist", "{}").statusCode())
                            .isEqualTo(200);
                    changes.add(id);
                }
                List<CompletableFuture<HttpResponse<String>>> approvals = new ArrayList<>();
                for (long id : changes) {
                    approvals.add(CompletableFuture.supplyAsync(() -> approve(id), pool));
                }
                Map<Integer, Integer> statuses = new HashMap<>();
                String winner = null;
                for (int i = 0; i < approvals.size(); i++) {
                    HttpResponse<String> answer = approvals.get(i).join();
                    statuses.merge(answer.statusCode(), 1, Integer::sum);
                    if (answer.statusCode() == 200) {
                        winner = "Edited by editor " + i + " of record " + record + " krostavel";
                    }
                }
                assertThat(statuses).as("record %d", record).containsEntry(200, 1).containsEntry(409, 19)
                        .hasSize(2);
                assertThat(currentVersion(record)).isEqualTo(base + 1);
                assertThat(client.get("api/records/" + record, null).body()).contains(winner);
                acknowledged += 20 * 2 + 1;
            }
        } finally {
            pool.shutdownNow();
        }
        assertIntactAndIndexed();
        REPORT.add("| 20 concurrent editors on each of 5 records (one approval per base version, 19 × 409) | "
                + acknowledged + " | 0 | – |");
    }

    @Test
    @Order(5)
    void aBackupTakenDuringABurstRestoresIntact() throws Exception {
        Burst burst = Burst.start(client, sourceId, "backup", 4, null);
        awaitApprovals(burst, 20);
        Path backup = WORK.resolve("archive-backup.zip");
        Process backupRun = new ProcessBuilder(LaunchedArchive.java(), "-jar",
                LaunchedArchive.archiveJar().toString(), "backup", backup.toString(),
                "--data-dir", archive.dataDir().toString())
                .redirectErrorStream(true).redirectOutput(WORK.resolve("backup.log").toFile()).start();
        assertThat(backupRun.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(backupRun.exitValue()).as(Files.readString(WORK.resolve("backup.log"))).isZero();
        awaitApprovals(burst, burst.approvals() + 10); // the archive kept writing after the snapshot
        burst.close();
        checkAfter(burst, "backup taken during 4 writers", 0, burst.improperAnswers());

        Path restoredDir = WORK.resolve("restored");
        Process restore = new ProcessBuilder(LaunchedArchive.java(), "-jar",
                LaunchedArchive.archiveJar().toString(), "restore", backup.toString(),
                "--data-dir", restoredDir.toString())
                .redirectErrorStream(true).redirectOutput(WORK.resolve("restore.log").toFile()).start();
        assertThat(restore.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(restore.exitValue()).as(Files.readString(WORK.resolve("restore.log"))).isZero();

        long started = System.nanoTime();
        try (LaunchedArchive restored = LaunchedArchive.start(restoredDir)) {
            ArchiveClient restoredClient = new ArchiveClient(restored.base());
            assertThat(restoredClient.verify().getBoolean("intact")).isTrue();
            restoredClient.awaitIndexEqualsDatabase(RECOVERY_TIMEOUT);
            double rebuilt = (System.nanoTime() - started) / 1e9;
            long records = restoredClient.publishedRecords();
            assertThat(records).isPositive().isLessThan(client.publishedRecords());
            for (long id : recordIds(restoredClient)) {
                String restoredHashes = restoredClient.versionHashes(id);
                assertThat(client.versionHashes(id)).as("record %d's hash chain", id).startsWith(restoredHashes);
            }
            REPORT.add("| backup during 4 writers, restored into a new data folder (verify intact, " + records
                    + " records with identical hashes, index rebuilt) | " + burst.acknowledgedRequests()
                    + " | 0 | restore " + restoreSeconds() + ", start + index " + seconds(rebuilt) + " |");
        }
    }

    @Test
    @Order(6)
    void aRestartOnAKeptDataFolderIsReadyWhenItSaysSo() throws Exception {
        archive.close();
        long started = System.nanoTime();
        archive = LaunchedArchive.start(archive.dataDir());
        client = new ArchiveClient(archive.base());
        int polls = 0;
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            HttpResponse<String> health = client.get("health/ready", null);
            HttpResponse<String> records = client.get("api/records?size=1", null);
            assertThat(health.statusCode()).as("poll %d of /health/ready: %s", polls, health.body()).isEqualTo(200);
            assertThat(records.statusCode()).as("poll %d of /api/records: %s", polls, records.body())
                    .isEqualTo(200);
            polls++;
            Thread.sleep(100);
        }
        assertThat(Files.readString(archive.dataDir().resolve("logs").resolve("payara.log")))
                .as("one deployment per start").doesNotContain("is already deployed");
        assertIntactAndIndexed();
        REPORT.add("| restart on a kept data folder: " + polls + " polls of /health/ready and /api/records from"
                + " the ready line on, all 200 | – | 0 | ready in " + seconds(archive.readySeconds()) + " |");
    }

    @Test
    @Order(7)
    void anExternalPostgresStoppedAndStartedIsRecoveredWithoutRestart() throws Exception {
        PostgresSettings settings = PostgresSettings.of(LaunchedArchive.archiveJar().resolveSibling("runtime")
                        .resolve("postgres-binaries.jar"), WORK.resolve("external-runtime"),
                WORK.resolve("external-postgres"))
                .withLog(WORK.resolve("external-postgres.log"));
        LocalPostgres postgres = LocalPostgres.start(settings);
        try {
            postgres.awaitReady(Duration.ofSeconds(60));
            postgres.ensureDatabase("archive");
            try (LaunchedArchive external = LaunchedArchive.start(WORK.resolve("external"),
                    "--db-url", postgres.jdbcUrl("archive"), "--db-user", "postgres")) {
                ArchiveClient externalClient = new ArchiveClient(external.base());
                Burst burst = Burst.start(externalClient, externalClient.demoSourceId(), "external", 2, null);
                awaitApprovals(burst, 10);
                long stopped = System.nanoTime();
                postgres.stop();
                ArchiveClient.await(Duration.ofSeconds(30), "health DOWN",
                        () -> status(externalClient, "health/ready") == 503);
                HttpResponse<String> meanwhile = externalClient.get("api/records?size=1", null);
                postgres = LocalPostgres.start(settings.withPort(postgres.port()));
                postgres.awaitReady(Duration.ofSeconds(60));
                ArchiveClient.await(RECOVERY_TIMEOUT, "health UP again",
                        () -> status(externalClient, "health/ready") == 200);
                double recovery = (System.nanoTime() - stopped) / 1e9;
                awaitApprovals(burst, burst.approvals() + 10);
                burst.close();

                assertThat(meanwhile.statusCode()).as(meanwhile.body()).isEqualTo(503);
                assertThat(meanwhile.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(burst.refusals().keySet()).isSubsetOf(503);
                List<String> lost = burst.lost(externalClient);
                assertThat(lost).isEmpty();
                assertThat(burst.improperAnswers()).isEmpty();
                assertThat(externalClient.verify().getBoolean("intact")).isTrue();
                externalClient.awaitIndexEqualsDatabase(RECOVERY_TIMEOUT);
                REPORT.add("| external PostgreSQL stopped and started under 2 writers (no archive restart) | "
                        + burst.acknowledgedRequests() + " | " + lost.size() + " | " + seconds(recovery) + " |");
            }
        } finally {
            postgres.stop();
        }
    }

    @Test
    @Order(8)
    void aLauncherKilledWithSigkillLeavesNoServerRunning() throws Exception {
        List<ProcessHandle> servers = archive.servers();
        assertThat(servers).hasSize(3);
        long killed = System.nanoTime();
        archive.killLauncher();
        ArchiveClient.await(Duration.ofSeconds(90), "every server gone",
                () -> servers.stream().noneMatch(ProcessHandle::isAlive));
        double gone = (System.nanoTime() - killed) / 1e9;
        REPORT.add("| kill -9 of the launcher itself: PostgreSQL, OpenSearch and Payara Micro stop by themselves"
                + " (parent-death signal) | – | – | all gone in " + seconds(gone) + " |");

        archive = LaunchedArchive.start(archive.dataDir()); // and the data folder starts again as it was
        client = new ArchiveClient(archive.base());
        assertIntactAndIndexed();
    }

    @Test
    @Order(9)
    void theLogOutlivesEveryFaultAndChecksOutFromOutside() throws Exception {
        long published = client.publishedRecords();
        ArchiveClient.await(Duration.ofSeconds(60), "a checkpoint of every version published so far",
                () -> checkpointSize() >= logSize() && logSize() > published);

        // an independent verifier, in Python: signature, root from every entry, every inclusion and consistency proof
        Process python = new ProcessBuilder("python3", Path.of("src/test/python/verify_log.py").toString(),
                archive.base().toString())
                .redirectErrorStream(true).redirectOutput(WORK.resolve("verify-log.txt").toFile()).start();
        assertThat(python.waitFor(300, TimeUnit.SECONDS)).isTrue();
        String verified = Files.readString(WORK.resolve("verify-log.txt"));
        assertThat(python.exitValue()).as(verified).isZero();
        assertThat(verified).startsWith("OK: ");

        // the checkpoint kept at the first start still holds, after every kill, restart and restore above
        ProcessBuilder verify = new ProcessBuilder(LaunchedArchive.java(), "-jar",
                LaunchedArchive.archiveJar().toString(), "verify", "--server", archive.base().toString(),
                "--checkpoint", WORK.resolve("kept-checkpoint").toString())
                .redirectErrorStream(true).redirectOutput(WORK.resolve("verify-checkpoint.txt").toFile());
        verify.environment().put("ARCHIVE_PASSWORD", LaunchedArchive.PASSWORD);
        Process kept = verify.start();
        assertThat(kept.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String report = Files.readString(WORK.resolve("verify-checkpoint.txt"));
        assertThat(kept.exitValue()).as(report).isZero();
        assertThat(report).contains("holds every kept checkpoint");
        REPORT.add("| after all of the above: the transparency log checked from outside (Python: signature, root, "
                + "inclusion and consistency proofs) and against the checkpoint kept at the first start | – | – | "
                + verified.strip().replaceFirst("^OK: [^,]*, ", "") + " |");
    }

    /** Keeps the first signed checkpoint, as a partner institution would, to hold the archive to it at the end. */
    private static void keepTheFirstCheckpoint() throws Exception {
        ArchiveClient.await(Duration.ofSeconds(60), "the first checkpoint",
                () -> client.get("api/log/checkpoint", null).statusCode() == 200);
        Files.writeString(WORK.resolve("kept-checkpoint"), client.get("api/log/checkpoint", null).body());
    }

    private static long checkpointSize() throws IOException, InterruptedException {
        HttpResponse<String> latest = client.get("api/log/checkpoint", null);
        return latest.statusCode() == 200 ? Long.parseLong(latest.body().split("\n")[1]) : -1;
    }

    private static long logSize() throws IOException, InterruptedException {
        HttpResponse<String> verified = client.get("api/verify", "admin");
        return ArchiveClient.json(verified.body()).getJsonNumber("logEntries").longValue();
    }

    // ---- checks shared by the scenarios

    private static void checkAfter(Burst burst, String scenario, double recovery, List<String> improperAnswers)
            throws Exception {
        List<String> lost = burst.lost(client);
        assertThat(lost).as("acknowledged but lost").isEmpty();
        assertThat(improperAnswers).as("refusals that were not problem+json, or 500s").isEmpty();
        assertIntactAndIndexed();
        REPORT.add("| " + scenario + " | " + burst.acknowledgedRequests() + " | " + lost.size() + " | "
                + (recovery > 0 ? seconds(recovery) : "–") + " |");
    }

    private static void assertIntactAndIndexed() throws Exception {
        JsonObject report = client.verify();
        assertThat(report.getBoolean("intact")).as(report.toString()).isTrue();
        client.awaitIndexEqualsDatabase(RECOVERY_TIMEOUT);
    }

    /** No approved change without its published version, no published record without a version. */
    private static void assertNothingHalfWritten() throws Exception {
        for (int page = 0; ; page++) {
            JsonObject changes = ArchiveClient.json(client.get("api/changes?state=APPROVED&size=100&page=" + page,
                    "editor").body());
            List<JsonObject> items = changes.getJsonArray("items").getValuesAs(JsonValue::asJsonObject);
            for (JsonObject change : items) {
                if (!change.containsKey("recordId") || change.isNull("recordId")) {
                    continue; // a source's transcription
                }
                long record = change.getJsonNumber("recordId").longValue();
                String versions = client.get("api/records/" + record + "/versions", null).body();
                assertThat(versions).as("record %d of approved change %s", record, change.get("id"))
                        .contains("\"changeId\":" + change.get("id"));
            }
            if (items.size() < 100) {
                break;
            }
        }
        for (long id : recordIds(client)) {
            assertThat(client.versionHashes(id)).as("versions of record %d", id).isNotEmpty();
        }
    }

    private static List<Long> recordIds(ArchiveClient reader) throws IOException, InterruptedException {
        List<Long> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<JsonObject> items = ArchiveClient.json(reader.get("api/records?size=100&page=" + page, null).body())
                    .getJsonArray("items").getValuesAs(JsonValue::asJsonObject);
            items.forEach(item -> ids.add(item.getJsonNumber("id").longValue()));
            if (items.size() < 100) {
                return ids;
            }
        }
    }

    private static List<Long> publishedQuotes(int count) throws IOException, InterruptedException {
        return ArchiveClient.json(client.get("api/records?kind=QUOTE&size=" + count + "&source=" + sourceId, null)
                .body()).getJsonArray("items").getValuesAs(JsonValue::asJsonObject).stream()
                .map(item -> item.getJsonNumber("id").longValue()).toList();
    }

    private static int currentVersion(long record) throws IOException, InterruptedException {
        return ArchiveClient.json(client.get("api/records/" + record, null).body()).getInt("version");
    }

    private static HttpResponse<String> approve(long change) {
        try {
            return client.post("api/changes/" + change + "/approve", "editor", "{}");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitApprovals(Burst burst, long approvals) throws InterruptedException {
        ArchiveClient.await(RECOVERY_TIMEOUT, approvals + " approvals", () -> burst.approvals() >= approvals);
    }

    /** Seconds from the fault until /health/ready answers 200 again. */
    /**
     * Waits until the archive serves again as the launcher judges it: readiness UP and the API answering (while
     * Payara Micro deploys the archive, its own pages answer, and the health check may already say UP).
     */
    private static double awaitReady(long faultAt) throws InterruptedException {
        ArchiveClient.await(RECOVERY_TIMEOUT, "health UP and the API answering",
                () -> status(client, "health/ready") == 200 && status(client, "api/records?size=1") == 200);
        return (System.nanoTime() - faultAt) / 1e9;
    }

    private static int status(ArchiveClient reader, String path) throws IOException, InterruptedException {
        return reader.get(path, null).statusCode();
    }

    private static String restoreSeconds() throws IOException {
        Matcher m = Pattern.compile("in ([0-9.]+) s")
                .matcher(Files.readString(WORK.resolve("restore.log")));
        return m.find() ? m.group(1) + " s" : "?";
    }

    private static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.1f s", seconds);
    }
}
