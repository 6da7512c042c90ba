package org.primarysources.archive.localpostgres;

import org.junit.jupiter.api.Test;
import org.postgresql.Driver;
import org.primarysources.archive.localprocess.Folders;
import org.primarysources.archive.localprocess.LocalPorts;
import org.primarysources.archive.localprocess.ServiceUser;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Starts real PostgreSQL servers from the binaries jar the parent's copy-postgres execution provides. */
class LocalPostgresIT {

    private static final Path WORK = Path.of(System.getProperty("it.postgres.workDir", "target/it-postgres"));
    private static final Path BINARIES = Path.of(System.getProperty("it.postgres.binaries",
            WORK.resolve("postgres-binaries.jar").toString()));
    private static final Path INSTALL = WORK.resolve("install");

    @Test
    void aCommittedRowSurvivesAKillAndStopLeavesNoProcessBehind() throws Exception {
        PostgresSettings settings = fresh("crash");
        List<ProcessHandle> killed;
        try (LocalPostgres first = LocalPostgres.start(settings)) {
            first.awaitReady(LocalPostgres.DEFAULT_START_TIMEOUT);
            if (ServiceUser.weAreRoot()) {
                assertThat(first.process().info().user()).contains(LocalPostgres.SERVICE_USER);
            }
            first.ensureDatabase("archive");
            first.ensureDatabase("archive"); // a second time: already there
            try (Connection db = first.connect("archive"); Statement sql = db.createStatement()) {
                sql.execute("CREATE TABLE kept (id int PRIMARY KEY, text varchar(80) NOT NULL)");
                sql.execute("INSERT INTO kept VALUES (1, 'confirmed before the crash')"); // autocommit, synchronous
            }
            killed = first.process().descendants().toList();
            first.process().destroyForcibly(); // SIGKILL: no shutdown checkpoint
            assertThat(first.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
        }

        long restarted = System.nanoTime();
        LocalPostgres second = LocalPostgres.start(settings);
        try {
            second.awaitReady(LocalPostgres.DEFAULT_START_TIMEOUT);
            System.out.printf("restart after SIGKILL to ready (crash recovery): %.1f s%n",
                    (System.nanoTime() - restarted) / 1e9);
            try (Connection db = second.connect("archive"); Statement sql = db.createStatement();
                 ResultSet row = sql.executeQuery("SELECT text FROM kept WHERE id = 1")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("confirmed before the crash");
            }
            assertThat(Files.readString(second.log())).contains("database system was interrupted");
        } finally {
            List<ProcessHandle> running = second.process().descendants().toList();
            second.stop();
            assertThat(second.process().isAlive()).isFalse();
            assertThat(running).allMatch(LocalPostgres::exited);
            assertThat(killed).allMatch(LocalPostgres::exited);
            assertThat(LocalPostgres.leftover(settings.dataDir())).isEmpty();
            second.stop(); // idempotent
        }
    }

    @Test
    void aServerLeftRunningByABuildIsFoundAndStoppedAndFreshStartsEmpty() throws Exception {
        Path data = WORK.resolve("left-over/data");
        Path pidFile = WORK.resolve("left-over/postgres.pid");
        LocalPostgres.stopLeftover(data);
        Folders.deleteRecursively(data.getParent());
        int port = LocalPorts.free();

        assertThat(cli("start", "--binaries=" + BINARIES, "--install-dir=" + INSTALL, "--data-dir=" + data,
                "--port=" + port, "--pid-file=" + pidFile)).contains("PostgreSQL ready at jdbc:postgresql://127.0.0.1:"
                + port + "/postgres");
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0));
        createTable(port, "left_behind");

        Optional<ProcessHandle> leftover = LocalPostgres.leftover(data);
        assertThat(leftover).map(ProcessHandle::pid).contains(pid);
        assertThat(LocalPostgres.stopLeftover(data)).map(ProcessHandle::pid).contains(pid);
        assertThat(ProcessHandle.of(pid).filter(p -> !LocalPostgres.exited(p))).isEmpty();
        assertThat(LocalPostgres.leftover(data)).isEmpty();

        assertThat(cli("start", "--binaries=" + BINARIES, "--install-dir=" + INSTALL, "--data-dir=" + data,
                "--port=" + port, "--pid-file=" + pidFile, "--fresh")).contains("PostgreSQL ready");
        long second = Long.parseLong(Files.readAllLines(pidFile).get(0));
        try {
            assertThat(tables(port)).as("--fresh: a new, empty cluster").doesNotContain("left_behind");
        } finally {
            assertThat(cli("stop", "--pid-file=" + pidFile)).contains("Stopped PostgreSQL (pid " + second + ")");
        }
        assertThat(ProcessHandle.of(second).filter(p -> !LocalPostgres.exited(p))).isEmpty();
        assertThat(pidFile).doesNotExist();
    }

    @Test
    void aServerWithADeathSignalStopsWhenTheThreadThatStartedItEnds() throws Exception {
        PostgresSettings settings = fresh("death-signal").withDeathSignal("INT");
        CompletableFuture<LocalPostgres> started = new CompletableFuture<>();
        Thread owner = new Thread(() -> {
            try {
                LocalPostgres server = LocalPostgres.start(settings);
                server.awaitReady(LocalPostgres.DEFAULT_START_TIMEOUT);
                started.complete(server);
            } catch (Exception e) {
                started.completeExceptionally(e);
            }
        });
        owner.start();
        LocalPostgres server = started.get(2, TimeUnit.MINUTES);
        try {
            owner.join();
            assertThat(server.process().waitFor(30, TimeUnit.SECONDS)).as("stopped with its owner thread").isTrue();
            assertThat(Files.readString(server.log())).contains("received fast shutdown request");
        } finally {
            server.stop();
        }
    }

    private static PostgresSettings fresh(String name) throws Exception {
        Path data = WORK.resolve(name).resolve("data");
        LocalPostgres.stopLeftover(data);
        Folders.deleteRecursively(data.getParent());
        return PostgresSettings.of(BINARIES, INSTALL, data);
    }

    private static void createTable(int port, String table) throws SQLException {
        try (Connection db = new Driver().connect("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                user()); Statement sql = db.createStatement()) {
            sql.execute("CREATE TABLE " + table + " (id int)");
        }
    }

    private static List<String> tables(int port) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection db = new Driver().connect("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                user()); Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private static Properties user() {
        Properties properties = new Properties();
        properties.setProperty("user", LocalPostgres.SUPERUSER);
        return properties;
    }

    /** Runs LocalPostgresMain in its own JVM, as the parent pom's start/stop-postgres executions do. */
    private static String cli(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LocalPostgresMain.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        System.out.print(output);
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
