package org.primarysources.archive.launcher;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Keeps the archive's servers running: a server that exits while the archive runs is started again after a
 * growing pause (1 s, 2 s, 4 s, …), each time with its exit code and log named; when one keeps failing
 * ({@value #MAX_RESTARTS} restarts within {@link #WINDOW}) the supervisor gives up and says so. Its state is
 * written as JSON to a file the application shows in {@code /health/ready}.
 * <p>
 * Everything runs on the launcher's main thread, which lives as long as the archive: the servers are started
 * with a parent-death signal, and Linux sends it when the thread that started them ends.
 */
final class Supervisor {

    static final int MAX_RESTARTS = 5;
    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);

    /** A running server as the supervisor sees it. */
    interface Server {
        Process process();

        Path log();

        void stop();
    }

    /** A server of another module, seen through its process, its log and how it stops. */
    static Server server(Process process, Path log, Runnable stop) {
        return new Server() {
            @Override
            public Process process() {
                return process;
            }

            @Override
            public Path log() {
                return log;
            }

            @Override
            public void stop() {
                stop.run();
            }
        };
    }

    /** Starts a server again: returns once its process runs. */
    @FunctionalInterface
    interface Starter {
        Server start() throws IOException;
    }

    private final Path stateFile;
    private final PrintWriter err;
    private final Clock clock;
    private final List<Supervised> servers = new ArrayList<>();
    private volatile boolean stopping;
    private volatile String gaveUp;

    Supervisor(Path stateFile, PrintWriter err, Clock clock) {
        this.stateFile = stateFile;
        this.err = err;
        this.clock = clock;
    }

    /** Supervises a server from now on; {@code restart} starts it again when it has died. */
    synchronized void supervise(String name, Server running, Starter restart) {
        servers.add(new Supervised(name, restart, running));
        writeState();
    }

    /** The server's current incarnation (another object after each restart). */
    synchronized Server current(String name) {
        return servers.stream().filter(s -> s.name.equals(name)).findFirst().map(s -> s.current).orElse(null);
    }

    /**
     * Looks once at every server: restarts those whose pause is over, schedules a restart for those that died.
     *
     * @return null while all is well, else why the supervisor gave up
     */
    synchronized String check() {
        if (stopping || gaveUp != null) {
            return gaveUp;
        }
        Instant now = clock.instant();
        for (Supervised s : servers) {
            if (s.restartAt == null && (s.current == null || !s.current.process().isAlive())) {
                s.died(now);
                if (s.restarts.size() > MAX_RESTARTS) {
                    gaveUp = s.name + " exited with " + exitDescription(s.lastExitCode) + " and keeps failing ("
                            + MAX_RESTARTS + " restarts within " + WINDOW.toMinutes() + " minutes); the archive is"
                            + " stopped. See " + s.log;
                    s.state = "failed";
                    writeState();
                    return gaveUp;
                }
                Duration pause = FIRST_PAUSE.multipliedBy(1L << (s.restarts.size() - 1));
                s.restartAt = now.plus(pause);
                s.state = "restarting";
                err.printf("%s exited with %s; restarting it in %d s (restart %d of at most %d in %d minutes)."
                                + " See %s%n", s.name, exitDescription(s.lastExitCode), pause.toSeconds(),
                        s.restarts.size(), MAX_RESTARTS, WINDOW.toMinutes(), s.log);
                err.flush();
                writeState();
            } else if (s.restartAt != null && !now.isBefore(s.restartAt)) {
                s.restartAt = null;
                try {
                    s.current = s.starter.start();
                    s.state = "running";
                    err.printf("%s restarted (pid %d).%n", s.name, s.current.process().pid());
                } catch (IOException | RuntimeException e) {
                    err.printf("%s could not be restarted: %s%n", s.name, e.getMessage());
                    s.current = null; // counted as one more failure at the next look
                }
                err.flush();
                writeState();
            }
        }
        return null;
    }

    /** Stops every server, the last started first. Runs once (Ctrl-C, SIGTERM or giving up). */
    void stopAll() {
        List<Supervised> inOrder;
        synchronized (this) {
            if (stopping) {
                return;
            }
            stopping = true;
            inOrder = new ArrayList<>(servers);
        }
        for (int i = inOrder.size() - 1; i >= 0; i--) {
            Server server = inOrder.get(i).current;
            if (server != null) {
                server.stop();
            }
        }
    }

    boolean stopping() {
        return stopping;
    }

    static String exitDescription(Integer code) {
        if (code == null) {
            return "a failed start";
        }
        return code > 128 && code < 160 ? "code " + code + " (signal " + (code - 128) + ")" : "code " + code;
    }

    private void writeState() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Supervised s : servers) {
            JsonObjectBuilder o = Json.createObjectBuilder()
                    .add("name", s.name)
                    .add("state", s.state)
                    .add("restarts", s.restarts.size())
                    .add("log", s.log.toString());
            if (s.current != null) {
                o.add("pid", s.current.process().pid());
            }
            if (s.lastExitAt != null) {
                o.add("lastExit", exitDescription(s.lastExitCode)).add("lastExitAt", s.lastExitAt.toString());
            }
            array.add(o);
        }
        try {
            Path partial = stateFile.resolveSibling(stateFile.getFileName() + ".partial");
            Files.writeString(partial, Json.createObjectBuilder().add("servers", array).build().toString());
            Files.move(partial, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            err.println("Cannot write " + stateFile + ": " + e.getMessage());
        }
    }

    private static final class Supervised {
        final String name;
        final Starter starter;
        final Deque<Instant> restarts = new ArrayDeque<>();
        final Path log;
        Server current;
        Instant restartAt;
        Instant lastExitAt;
        Integer lastExitCode;
        String state = "running";

        Supervised(String name, Starter starter, Server current) {
            this.name = name;
            this.starter = starter;
            this.current = current;
            this.log = current.log();
        }

        void died(Instant now) {
            lastExitAt = now;
            lastExitCode = current == null ? null : current.process().exitValue();
            restarts.addLast(now);
            while (!restarts.isEmpty() && restarts.peekFirst().isBefore(now.minus(WINDOW))) {
                restarts.removeFirst();
            }
        }
    }
}
