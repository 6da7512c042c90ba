package org.primarysources.archive.localsearch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class LocalOpenSearchMainTest {

    @TempDir
    Path tmp;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return LocalOpenSearchMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void rejectsUnknownCommandsAndOptionsAndMissingOnes() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("restart")).isEqualTo(2);
        assertThat(run("stop", "--pid-file")).isEqualTo(2);
        assertThat(run("stop", "--pidfile=x")).isEqualTo(2);
        assertThat(run("start", "--home=x")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command restart", "unknown option --pidfile",
                "missing --");
    }

    @Test
    void stopWithoutPidFileHasNothingToDo() {
        assertThat(run("stop", "--pid-file=" + tmp.resolve("none.pid"))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("No OpenSearch node to stop");
    }

    @Test
    void stopNeverKillsAProcessThatIsNotOpenSearch() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "60").start();
        try {
            Path pidFile = Files.writeString(tmp.resolve("node.pid"), sleeper.pid() + "\n");

            assertThat(run("stop", "--pid-file=" + pidFile)).isZero();

            assertThat(sleeper.isAlive()).isTrue();
            assertThat(pidFile).doesNotExist();
        } finally {
            sleeper.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
