package org.primarysources.archive.localprocess;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignalsTest {

    @Test
    void namesAreTheStopSignalsWithoutTheirPrefix() {
        assertThat(Signals.name("SIGINT")).isEqualTo("INT");
        assertThat(Signals.name(" term ")).isEqualTo("TERM");
        assertThatThrownBy(() -> Signals.name("9")).hasMessageContaining("not a signal");
        assertThatThrownBy(() -> Signals.name(null)).hasMessageContaining("not a signal");
    }

    @Test
    void sendsTheNamedSignal() throws Exception {
        // a shell that leaves on SIGUSR1 with its own code, so we see which signal arrived (not SIGINT: a shell
        // started from a background job inherits SIGINT ignored and may not trap it)
        Process shell = new ProcessBuilder("sh", "-c", "trap 'exit 42' USR1; while :; do sleep 0.1; done").start();
        try {
            Thread.sleep(300); // let it set the trap
            assertThat(Signals.send(shell.toHandle(), "USR1")).isTrue();
            assertThat(shell.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(shell.exitValue()).isEqualTo(42);
            assertThat(Signals.send(shell.toHandle(), "USR1")).as("gone").isFalse();
        } finally {
            shell.descendants().forEach(ProcessHandle::destroyForcibly);
            shell.destroyForcibly();
        }
    }
}
