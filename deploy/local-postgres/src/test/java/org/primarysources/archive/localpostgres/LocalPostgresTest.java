package org.primarysources.archive.localpostgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalPostgresTest {

    @TempDir
    Path tmp;

    private final Path bin = Path.of("/srv/archive/install/postgres-8f43/bin");
    private final PostgresSettings settings = PostgresSettings.of(Path.of("b.jar"), Path.of("/srv/archive/install"),
            Path.of("/srv/archive/db/data"));

    @Test
    void initdbMakesAUtf8ClusterWithTheCLocaleAndATrustedSuperuser() {
        assertThat(LocalPostgres.initdbCommand(bin.resolve("initdb"), settings.dataDir())).containsExactly(
                "/srv/archive/install/postgres-8f43/bin/initdb", "-D", "/srv/archive/db/data", "-U", "postgres",
                "-A", "trust", "-E", "UTF8", "--locale=C");
    }

    @Test
    void theServerListensOnLoopbackOnlyAndCommitsDurably() {
        List<String> command = LocalPostgres.serverCommand(bin.resolve("postgres"), settings, 5433,
                Path.of("/srv/archive/db/postgres-run"));

        assertThat(command).startsWith("/srv/archive/install/postgres-8f43/bin/postgres", "-D", "/srv/archive/db/data",
                "-p", "5433", "-k", "/srv/archive/db/postgres-run", "-c", "listen_addresses=127.0.0.1");
        assertThat(command).containsSubsequence("-c", "fsync=on").containsSubsequence("-c", "synchronous_commit=on")
                .containsSubsequence("-c", "full_page_writes=on");
    }

    @Test
    void furtherSettingsComeOnceEachAndMayReplaceOurDefaults() {
        List<String> command = LocalPostgres.serverCommand(bin.resolve("postgres"),
                settings.withServerSetting("synchronous_commit", "off").withServerSetting("shared_buffers", "64MB"),
                5433, Path.of("/run"));

        assertThat(command).contains("synchronous_commit=off", "shared_buffers=64MB")
                .doesNotContain("synchronous_commit=on");
    }

    @Test
    void aMissingOrEmptyDataDirectoryIsInitialisedAndOneOfThisVersionIsKept() throws IOException {
        assertThat(LocalPostgres.initdbNeeded(tmp.resolve("missing"), "17")).isTrue();
        assertThat(LocalPostgres.initdbNeeded(Files.createDirectories(tmp.resolve("empty")), "17")).isTrue();
        Path ours = Files.createDirectories(tmp.resolve("ours"));
        Files.writeString(ours.resolve("PG_VERSION"), "17\n");
        assertThat(LocalPostgres.initdbNeeded(ours, "17")).isFalse();
    }

    @Test
    void anotherVersionsDataDirectoryOrAFolderOfOtherThingsIsRefusedWithAReason() throws IOException {
        Path older = Files.createDirectories(tmp.resolve("older"));
        Files.writeString(older.resolve("PG_VERSION"), "15\n");
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(other.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> LocalPostgres.initdbNeeded(older, "17"))
                .hasMessageContaining("PostgreSQL 15").hasMessageContaining("PostgreSQL 17")
                .hasMessageContaining("pg_upgrade");
        assertThatThrownBy(() -> LocalPostgres.initdbNeeded(other, "17"))
                .hasMessageContaining("not a PostgreSQL data directory");
    }

    @Test
    void theSocketGoesBesideTheDataUnlessThatPathIsTooLongForAUnixSocket() throws IOException {
        assertThat(LocalPostgres.socketDir(Path.of("/srv/archive/db/data"), 5432))
                .isEqualTo(Path.of("/srv/archive/db/postgres-run"));

        Path deep = Path.of("/srv", "a".repeat(60), "b".repeat(60), "data");
        Path socketDir = LocalPostgres.socketDir(deep, 5432);

        assertThat(socketDir).isNotEqualTo(deep.resolveSibling("postgres-run"))
                .isEqualTo(LocalPostgres.socketDir(deep, 5432));
        assertThat((socketDir + "/.s.PGSQL.5432").getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(107);
    }

    @Test
    void aPidFileNamingSomeOtherLiveProcessIsNoLeftoverAndThatProcessIsLeftAlone() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "65").start();
        try {
            Path data = Files.createDirectories(tmp.resolve("data"));
            Files.write(data.resolve("postmaster.pid"), List.of(String.valueOf(sleeper.pid()), data.toString(), "1",
                    "5432", "/run", "127.0.0.1", " 1 2", "ready"));

            assertThat(LocalPostgres.leftover(data)).isEmpty();
            assertThat(LocalPostgres.stopLeftover(data)).isEmpty();
            assertThat(LocalPostgres.leftover(tmp.resolve("never-was"))).isEmpty();

            assertThat(sleeper.isAlive()).isTrue();
        } finally {
            sleeper.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
