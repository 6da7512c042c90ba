package org.primarysources.archive.localpostgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class LocalPostgresMainTest {

    @TempDir
    Path tmp;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return LocalPostgresMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void rejectsUnknownCommandsAndOptionsAndMissingOnes() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("restart")).isEqualTo(2);
        assertThat(run("stop", "--pid-file")).isEqualTo(2);
        assertThat(run("stop", "--fresh")).isEqualTo(2);
        assertThat(run("start", "--data-dir=x", "--pid-file=" + tmp.resolve("p.pid"))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command restart", "expected --name=value",
                "missing --");
    }

    @Test
    void stopWithoutPidFileHasNothingToDo() {
        assertThat(run("stop", "--pid-file=" + tmp.resolve("none.pid"))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("No PostgreSQL to stop");
    }

    @Test
    void stopNeverKillsAProcessThatIsNotThePostmasterOfThatDataDirectory() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "60").start();
        try {
            Path data = Files.createDirectories(tmp.resolve("data"));
            Files.write(data.resolve("postmaster.pid"), List.of(String.valueOf(sleeper.pid()), data.toString(), "1",
                    "5432"));
            Path pidFile = Files.write(tmp.resolve("postgres.pid"), List.of(String.valueOf(sleeper.pid()),
                    data.toString()));

            assertThat(run("stop", "--pid-file=" + pidFile)).isZero();

            assertThat(sleeper.isAlive()).isTrue();
            assertThat(pidFile).doesNotExist();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("nothing to stop");
        } finally {
            sleeper.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
