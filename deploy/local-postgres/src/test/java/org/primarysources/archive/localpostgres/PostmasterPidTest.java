package org.primarysources.archive.localpostgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PostmasterPidTest {

    @TempDir
    Path data;

    @Test
    void readsPidDataDirectoryPortSocketAndStatus() throws Exception {
        Files.write(data.resolve("postmaster.pid"), List.of("21531", "/srv/archive/db/data", "1764782704", "45432",
                "/srv/archive/db/postgres-run", "127.0.0.1", "  5432001         3", "ready   "));

        PostmasterPid pid = PostmasterPid.read(data).orElseThrow();

        assertThat(pid.pid()).isEqualTo(21531);
        assertThat(pid.dataDir()).isEqualTo(Path.of("/srv/archive/db/data"));
        assertThat(pid.port()).isEqualTo(45432);
        assertThat(pid.socketDir()).isEqualTo("/srv/archive/db/postgres-run");
        assertThat(pid.status()).isEqualTo("ready");
        assertThat(pid.ready()).isTrue();
    }

    @Test
    void aStartingPostmasterIsNotReadyAndAHalfWrittenOrMissingFileIsNoPostmaster() throws Exception {
        assertThat(PostmasterPid.parse(List.of("7", "/d", "1", "5432", "/s", "127.0.0.1", "  1  2", "starting")))
                .hasValueSatisfying(pid -> assertThat(pid.ready()).isFalse());
        assertThat(PostmasterPid.parse(List.of("7", "/d", "1", "5432", "/s")))
                .hasValueSatisfying(pid -> assertThat(pid.status()).isEmpty());
        assertThat(PostmasterPid.parse(List.of("7", "/d"))).isEmpty();
        assertThat(PostmasterPid.parse(List.of("x", "/d", "1", "5432"))).isEmpty();
        assertThat(PostmasterPid.read(data)).isEmpty();
    }
}
