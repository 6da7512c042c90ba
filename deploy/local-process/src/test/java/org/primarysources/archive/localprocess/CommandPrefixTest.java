package org.primarysources.archive.localprocess;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandPrefixTest {

    private static final RunAs DB = new RunAs("archive-db", "999", "995");
    private static final CommandPrefix.Tools UTIL_LINUX = new CommandPrefix.Tools(
            Optional.of(Path.of("/usr/bin/setsid")), Optional.of(Path.of("/usr/bin/setpriv")), true);

    @Test
    void nothingAskedNothingPrefixed() throws Exception {
        assertThat(CommandPrefix.of(UTIL_LINUX, false, Optional.empty(), Optional.empty())).isEmpty();
    }

    @Test
    void rootSwitchesUserInPlaceWithSetprivOrFallsBackToRunuser() throws Exception {
        assertThat(CommandPrefix.of(UTIL_LINUX, false, Optional.of(DB), Optional.empty()))
                .containsExactly("/usr/bin/setpriv", "--reuid=999", "--regid=995", "--init-groups", "--");
        CommandPrefix.Tools noSetpriv = new CommandPrefix.Tools(Optional.empty(), Optional.empty(), false);
        assertThat(CommandPrefix.of(noSetpriv, false, Optional.of(DB), Optional.empty()))
                .containsExactly("runuser", "-u", "archive-db", "--");
    }

    @Test
    void ownSessionUserAndDeathSignalMakeOneSetsidAndOneSetprivCall() throws Exception {
        assertThat(CommandPrefix.of(UTIL_LINUX, true, Optional.of(DB), Optional.of("sigint"))).containsExactly(
                "/usr/bin/setsid", "/usr/bin/setpriv", "--reuid=999", "--regid=995", "--init-groups",
                "--pdeathsig", "INT", "--");
        assertThat(CommandPrefix.of(UTIL_LINUX, false, Optional.empty(), Optional.of("TERM")))
                .containsExactly("/usr/bin/setpriv", "--pdeathsig", "TERM", "--");
    }

    @Test
    void aDeathSignalWithoutASetprivThatGivesOneIsRefusedNotDropped() {
        CommandPrefix.Tools old = new CommandPrefix.Tools(Optional.empty(), Optional.of(Path.of("/usr/bin/setpriv")),
                false);
        assertThatThrownBy(() -> CommandPrefix.of(old, false, Optional.of(DB), Optional.of("INT")))
                .hasMessageContaining("2.33").hasMessageContaining("/usr/bin/setpriv has none");
        assertThatThrownBy(() -> CommandPrefix.of(UTIL_LINUX, false, Optional.empty(), Optional.of("SEGV")))
                .hasMessageContaining("not a signal");
    }

    @Test
    void thisMachinesSetprivStopsAChildWhenTheThreadThatStartedItEnds() throws Exception {
        assertThat(CommandPrefix.deathSignalSupported()).as("util-linux setpriv with --pdeathsig").isTrue();
        List<String> command = new ArrayList<>(CommandPrefix.deathSignal("TERM"));
        command.addAll(List.of("sleep", "64"));
        CompletableFuture<Process> child = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                child.complete(new ProcessBuilder(command).start());
                Thread.sleep(500);
            } catch (IOException | InterruptedException e) {
                child.completeExceptionally(e);
            }
        });
        starter.start();
        Process sleeper = child.get(10, TimeUnit.SECONDS);
        try {
            assertThat(sleeper.isAlive()).as("alive while its starting thread lives").isTrue();
            starter.join();
            assertThat(sleeper.waitFor(10, TimeUnit.SECONDS)).as("gone with its starting thread").isTrue();
        } finally {
            sleeper.destroyForcibly();
        }
    }
}
