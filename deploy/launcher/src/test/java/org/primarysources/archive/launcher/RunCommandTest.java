package org.primarysources.archive.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RunCommandTest {

    @TempDir
    Path tmp;

    private static RunCommand parse(String... args) {
        RunCommand run = new RunCommand();
        new CommandLine(run).parseArgs(args);
        return run;
    }

    @Test
    void defaults() {
        RunCommand run = parse();

        assertThat(run.port).isEqualTo(8080);
        assertThat(run.dataDir).isEqualTo(Path.of("./data"));
        assertThat(run.heap).isEqualTo("1g");
        assertThat(run.searchHeap).isEqualTo("512m");
        assertThat(run.timeoutSeconds).isEqualTo(180);
        assertThat(run.opensearchUrls).isEmpty();
        assertThat(run.database.dbUrl).isNull();
        assertThat(run.database.dbPassword).isNull();
    }

    @Test
    void parsesEveryOption() {
        RunCommand run = parse("--port", "9090", "--data-dir", "/srv/archive",
                "--db-url", "jdbc:postgresql://db/archive",
                "--db-user", "archive", "--db-password=secret", "--opensearch-url", "http://a:9200,http://b:9200",
                "--heap", "2g", "--search-heap", "1g", "--timeout", "60");

        assertThat(run.port).isEqualTo(9090);
        assertThat(run.dataDir).isEqualTo(Path.of("/srv/archive"));
        assertThat(run.database.dbUrl).isEqualTo("jdbc:postgresql://db/archive");
        assertThat(run.database.dbUser).isEqualTo("archive");
        assertThat(run.database.dbPassword).containsExactly("secret".toCharArray());
        assertThat(run.opensearchUrls).containsExactly(URI.create("http://a:9200"), URI.create("http://b:9200"));
        assertThat(run.heap).isEqualTo("2g");
        assertThat(run.searchHeap).isEqualTo("1g");
        assertThat(run.timeoutSeconds).isEqualTo(60);
    }

    @Test
    void aDataDirOfTheH2EraIsRefusedWithWhatToDo() throws Exception {
        Files.createDirectories(tmp.resolve("db"));
        Files.writeString(tmp.resolve("db").resolve("archive.mv.db"), "H2");

        assertThat(DataDir.fromOlderArchive(tmp)).hasValueSatisfying(message -> assertThat(message)
                .contains("earlier version", "H2", "PostgreSQL", "new --data-dir", "./archive import", "untouched"));
        assertThat(DataDir.fromOlderArchive(tmp.resolve("elsewhere"))).isEmpty();
    }

    @Test
    void anH2DataDirStopsTheRunBeforeAnythingStarts() throws Exception {
        Path data = tmp.resolve("data");
        Files.createDirectories(data.resolve("db"));
        Files.writeString(data.resolve("db").resolve("archive.mv.db"), "H2");

        CommandLineRun result = CommandLineRun.of("run", "--data-dir", data.toString(), "--runtime-dir",
                tmp.resolve("none").toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("kept its database in H2").doesNotContain("Missing runtime files");
        assertThat(data.resolve("postgres")).doesNotExist();
    }

    @Test
    void theLocalPostgresLivesInTheDataDirAndStopsWithTheLauncher() {
        assertThat(DataDir.postgres(Path.of("/rt/postgres-binaries.jar"), Path.of("/srv/data")))
                .satisfies(settings -> {
                    assertThat(settings.dataDir()).isEqualTo(Path.of("/srv/data/postgres"));
                    assertThat(settings.installDir()).isEqualTo(Path.of("/srv/data/runtime/postgres"));
                    assertThat(settings.log()).isEqualTo(Path.of("/srv/data/logs/postgres.log"));
                    assertThat(settings.port()).isZero();
                    assertThat(settings.ownSession()).isTrue();
                });
    }

    @Test
    void anExternalDatabaseMustBePostgres() {
        CommandLineRun result = CommandLineRun.of("run", "--db-url", "jdbc:h2:file:/tmp/x");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--db-url must be a PostgreSQL URL");
    }

    @Test
    void applicationEnvironmentCarriesTheConfigurationAndNoStraySecrets() {
        Map<String, String> environment = new HashMap<>(Map.of("PATH", "/usr/bin", "ARCHIVE_PASSWORD", "client-login",
                "ARCHIVE_DEMO_PASSWORD", "from-the-shell"));
        new AppEnvironment("jdbc:postgresql://127.0.0.1:5433/archive", "archive", "db-secret",
                List.of(URI.create("http://127.0.0.1:9201"), URI.create("http://b:9200")), null,
                Path.of("/d/logs/supervision.json"), Path.of("/d/transparency-log"),
                URI.create("http://localhost:8080/")).applyTo(environment);

        assertThat(environment).containsEntry("ARCHIVE_DB_URL", "jdbc:postgresql://127.0.0.1:5433/archive")
                .containsEntry("ARCHIVE_PUBLIC_URL", "http://localhost:8080/")
                .containsEntry("ARCHIVE_SUPERVISION_FILE", "/d/logs/supervision.json")
                .containsEntry("ARCHIVE_LOG_KEY", "/d/transparency-log/log.key")
                .containsEntry("ARCHIVE_LOG_CHECKPOINTS", "/d/transparency-log/checkpoints")
                .containsEntry("ARCHIVE_DB_USER", "archive")
                .containsEntry("ARCHIVE_DB_PASSWORD", "db-secret")
                .containsEntry("ARCHIVE_OPENSEARCH_URLS", "http://127.0.0.1:9201,http://b:9200")
                .containsEntry("PATH", "/usr/bin")
                .doesNotContainKeys("ARCHIVE_PASSWORD", "ARCHIVE_DEMO_PASSWORD");
    }

    @Test
    void aPublicAddressGivenByTheOperatorWinsOverTheLocalOne() {
        Map<String, String> environment = new HashMap<>(Map.of("ARCHIVE_PUBLIC_URL", "https://archive.example.org/"));
        new AppEnvironment("jdbc:postgresql://db/archive", null, null, List.of(URI.create("http://n:9200")), null,
                Path.of("/d/logs/supervision.json"), Path.of("/d/transparency-log"),
                URI.create("http://localhost:8080/")).applyTo(environment);

        assertThat(environment).containsEntry("ARCHIVE_PUBLIC_URL", "https://archive.example.org/");
    }

    @Test
    void demoPasswordReachesTheApplicationOnlyWhenGiven() {
        Map<String, String> environment = new HashMap<>(Map.of("ARCHIVE_DB_PASSWORD", "inherited"));
        new AppEnvironment("jdbc:postgresql://db/archive", null, null, List.of(URI.create("http://n:9200")),
                "demo-pass", Path.of("/d/logs/supervision.json"), Path.of("/d/transparency-log"),
                URI.create("http://localhost:8080/")).applyTo(environment);

        assertThat(environment).containsEntry("ARCHIVE_DEMO_PASSWORD", "demo-pass")
                .containsEntry("ARCHIVE_DB_PASSWORD", "inherited")
                .doesNotContainKey("ARCHIVE_DB_USER");
    }

    @Test
    void firstStartIsUntilTheArchiveWasReadyOnceInTheDataDir() throws Exception {
        assertThat(DataDir.isFirstStart(tmp)).isTrue();
        DataDir.markStarted(tmp);
        assertThat(DataDir.isFirstStart(tmp)).isFalse();
        assertThat(DataDir.isFirstStart(tmp.resolve("other"))).isTrue();
    }

    @Test
    void generatedPasswordsAreLongAndDiffer() {
        SecureRandom random = new SecureRandom();
        String one = AppEnvironment.generatePassword(random);

        assertThat(one).hasSize(16).matches("[A-Za-z2-9]+");
        assertThat(AppEnvironment.generatePassword(random)).isNotEqualTo(one);
        assertThat(RunCommand.demoLogins(one)).contains("archivist", "editor", "researcher", "admin", one);
    }

    @Test
    void clusterNameIsStablePerDataDirAndDiffersBetweenThem() {
        assertThat(RunCommand.clusterName(Path.of("/srv/a"))).isEqualTo(RunCommand.clusterName(Path.of("/srv/./a")))
                .matches("archive-[0-9a-f]{12}")
                .isNotEqualTo(RunCommand.clusterName(Path.of("/srv/b")));
    }

    @Test
    void payaraGetsNoSecretsOnItsCommandLine() {
        List<String> command = PayaraMicroProcess.command(Path.of("/jdk/bin/java"), "1g",
                Path.of("/rt/payara-micro.jar"), Path.of("/rt/archive.war"), 8080, Path.of("/data/payara"));

        assertThat(command).containsExactly("/jdk/bin/java", "-Xmx1g", "-jar", "/rt/payara-micro.jar",
                "--deploy", "/rt/archive.war", "--contextroot", "/", "--port", "8080", "--nocluster",
                "--disablephonehome", "--rootdir", "/data/payara");
    }

    @Test
    void seesAPortInUse() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            assertThat(RunCommand.isFree(taken.getLocalPort())).isFalse();
        }
    }

    @Test
    void refusesAPortInUseBeforeStartingAnything() throws Exception {
        Path runtime = Files.createDirectories(tmp.resolve("runtime"));
        for (String file : List.of("payara-micro.jar", "archive.war", "opensearch.zip", "analysis-common.jar",
                "postgres-binaries.jar")) {
            Files.writeString(runtime.resolve(file), "");
        }
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            CommandLineRun result = CommandLineRun.of("run", "--port", String.valueOf(taken.getLocalPort()),
                    "--data-dir", tmp.resolve("data").toString(), "--runtime-dir", runtime.toString());

            assertThat(result.code()).isEqualTo(1);
            assertThat(result.err()).contains("Port " + taken.getLocalPort() + " is already in use", "--port");
            assertThat(tmp.resolve("data")).doesNotExist();
        }
    }

    @Test
    void rejectsNonsensePortsAndHeaps() {
        assertThat(CommandLineRun.of("run", "--port", "0").err()).contains("--port must be between");
        assertThat(CommandLineRun.of("run", "--heap", "lots").code()).isEqualTo(2);
        assertThat(CommandLineRun.of("run", "--search-heap", "1.5g").err()).contains("768m or 2g");
    }

    @Test
    void namesMissingRuntimeFiles() {
        CommandLineRun result = CommandLineRun.of("run", "--runtime-dir", tmp.resolve("none").toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("Missing runtime files", "payara-micro.jar", "archive.war", "opensearch.zip",
                "postgres-binaries.jar");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("run", "import", "reindex", "verify", "backup", "restore")) {
            CommandLineRun result = CommandLineRun.of(command, "--help");
            assertThat(result.code()).isZero();
            assertThat(result.out()).contains("Usage: archive " + command);
        }
        assertThat(CommandLineRun.of("--help").out()).contains("run", "import", "reindex", "verify", "backup",
                "restore");
        assertThat(CommandLineRun.of().code()).isEqualTo(2);
    }
}
