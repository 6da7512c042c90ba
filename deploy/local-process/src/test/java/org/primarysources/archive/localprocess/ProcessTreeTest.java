package org.primarysources.archive.localprocess;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessTreeTest {

    @TempDir
    Path tmp;

    @Test
    void stopsAProcessAndEverythingItStarted() throws Exception {
        Process shell = new ProcessBuilder("sh", "-c", "sleep 61 & sleep 62 & wait").start();
        try {
            List<ProcessHandle> children = awaitChildren(shell, 2);

            assertThat(ProcessTree.stop(shell.toHandle(), Duration.ofSeconds(5))).isTrue();

            assertThat(shell.isAlive()).isFalse();
            assertThat(children).noneMatch(ProcessHandle::isAlive);
        } finally {
            shell.descendants().forEach(ProcessHandle::destroyForcibly);
            shell.destroyForcibly();
        }
    }

    @Test
    void stopsALeftoverOnlyIfItIsStillTheProcessThePidFileMeant() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "63").start();
        try {
            Path pidFile = Files.writeString(tmp.resolve("x.pid"), sleeper.pid() + "\n");
            assertThat(ProcessTree.stopLeftover(pidFile, "not-its-command-line", Duration.ofSeconds(5))).isEmpty();
            assertThat(sleeper.isAlive()).isTrue();
            assertThat(pidFile).doesNotExist();

            Files.writeString(pidFile, sleeper.pid() + "\n");
            assertThat(ProcessTree.stopLeftover(pidFile, "sleep 63", Duration.ofSeconds(5))).isPresent();
            assertThat(sleeper.waitFor(5, TimeUnit.SECONDS)).isTrue();
            assertThat(pidFile).doesNotExist();
        } finally {
            sleeper.destroyForcibly();
        }
    }

    private static List<ProcessHandle> awaitChildren(Process process, int count) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<ProcessHandle> children = process.descendants().toList();
            if (children.size() >= count) {
                return children;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("children did not start");
    }
}
