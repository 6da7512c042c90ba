package org.primarysources.archive.launcher;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class SupervisorTest {

    @TempDir
    Path tmp;

    private final StringWriter err = new StringWriter();
    private final MutableClock clock = new MutableClock();
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopEverything() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void aServerThatDiesIsRestartedAfterAGrowingPause() throws Exception {
        Supervisor supervisor = supervisor();
        supervisor.supervise("db", server(exitAt(3)), () -> server(sleeping()));
        awaitExit(supervisor.current("db"));

        assertThat(supervisor.check()).isNull();
        assertThat(err.toString()).contains("db exited with code 3; restarting it in 1 s (restart 1 of at most 5");
        assertThat(state("db").getString("state")).isEqualTo("restarting");
        Process dead = supervisor.current("db").process();

        clock.advance(Duration.ofMillis(500));
        supervisor.check();
        assertThat(supervisor.current("db").process()).as("not before the pause is over").isSameAs(dead);

        clock.advance(Duration.ofMillis(500));
        supervisor.check();
        assertThat(supervisor.current("db").process().isAlive()).isTrue();
        assertThat(err.toString()).contains("db restarted (pid ");
        assertThat(state("db").getString("state")).isEqualTo("running");
        assertThat(state("db").getInt("restarts")).isEqualTo(1);
        assertThat(state("db").getString("lastExit")).isEqualTo("code 3");
    }

    @Test
    void aServerThatKeepsDyingMakesTheSupervisorGiveUpLoudly() throws Exception {
        Supervisor supervisor = supervisor();
        supervisor.supervise("search", server(exitAt(1)), () -> server(exitAt(137)));
        String gaveUp = null;
        List<Long> pauses = new ArrayList<>();
        for (int i = 0; i < 20 && gaveUp == null; i++) {
            awaitExit(supervisor.current("search"));
            gaveUp = supervisor.check();
            if (gaveUp == null) {
                String[] lines = err.toString().strip().split("\n");
                pauses.add(Long.parseLong(lines[lines.length - 1].replaceAll(".*restarting it in (\\d+) s.*", "$1")));
                clock.advance(Duration.ofSeconds(pauses.get(pauses.size() - 1)));
                supervisor.check();
            }
        }

        assertThat(pauses).containsExactly(1L, 2L, 4L, 8L, 16L);
        assertThat(gaveUp).startsWith("search exited with code 137 (signal 9) and keeps failing (5 restarts within 10"
                + " minutes); the archive is stopped. See ");
        assertThat(state("search").getString("state")).isEqualTo("failed");
    }

    @Test
    void restartsLongAgoAreForgiven() throws Exception {
        Supervisor supervisor = supervisor();
        supervisor.supervise("payara", server(exitAt(1)), () -> server(exitAt(1)));
        for (int i = 0; i < 12; i++) {
            awaitExit(supervisor.current("payara"));
            assertThat(supervisor.check()).as("failure %d, each 11 minutes after the last", i).isNull();
            clock.advance(Duration.ofMinutes(11));
            supervisor.check();
        }
        assertThat(state("payara").getInt("restarts")).isEqualTo(1);
    }

    @Test
    void aFailedRestartCountsAsOneMoreFailure() throws Exception {
        Supervisor supervisor = supervisor();
        supervisor.supervise("db", server(exitAt(1)), () -> {
            throw new IOException("port 5432 is taken");
        });
        awaitExit(supervisor.current("db"));
        supervisor.check();
        clock.advance(Duration.ofSeconds(1));
        supervisor.check();

        assertThat(err.toString()).contains("db could not be restarted: port 5432 is taken");
        assertThat(supervisor.check()).isNull();
        assertThat(err.toString()).contains("db exited with a failed start; restarting it in 2 s (restart 2");
    }

    @Test
    void stopAllStopsEveryServerOnceLastStartedFirst() throws Exception {
        Supervisor supervisor = supervisor();
        List<String> stopped = new ArrayList<>();
        Process a = sleeping();
        Process b = sleeping();
        supervisor.supervise("a", Supervisor.server(a, tmp.resolve("a.log"), () -> stopped.add("a")), () -> null);
        supervisor.supervise("b", Supervisor.server(b, tmp.resolve("b.log"), () -> stopped.add("b")), () -> null);

        supervisor.stopAll();
        supervisor.stopAll();

        assertThat(stopped).containsExactly("b", "a");
        assertThat(supervisor.stopping()).isTrue();
        assertThat(supervisor.check()).isNull();
    }

    private Supervisor supervisor() {
        return new Supervisor(tmp.resolve("supervision.json"), new PrintWriter(err, true), clock);
    }

    private JsonObject state(String name) throws IOException {
        return Json.createReader(new StringReader(Files.readString(tmp.resolve("supervision.json")))).readObject()
                .getJsonArray("servers").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("name").equals(name)).findFirst().orElseThrow();
    }

    private Supervisor.Server server(Process process) {
        return Supervisor.server(process, tmp.resolve("server.log"), process::destroy);
    }

    private Process exitAt(int code) throws IOException {
        return start("exit " + code);
    }

    private Process sleeping() throws IOException {
        return start("sleep 60");
    }

    private Process start(String script) throws IOException {
        Process process = new ProcessBuilder("/bin/sh", "-c", script).start();
        started.add(process);
        return process;
    }

    private static void awaitExit(Supervisor.Server server) throws InterruptedException {
        if (server != null) {
            server.process().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-03T12:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
