package org.primarysources.archive.localprocess;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Signals by name, for what {@link Process#destroy()} (SIGTERM) and {@link Process#destroyForcibly()} (SIGKILL)
 * cannot send: PostgreSQL's fast shutdown is SIGINT.
 */
public final class Signals {

    private static final Set<String> NAMES = Set.of("HUP", "INT", "QUIT", "KILL", "USR1", "USR2", "TERM");

    private Signals() {
    }

    /** {@code INT}, {@code SIGINT} or {@code int} as {@code INT}; refuses anything but the usual stop signals. */
    public static String name(String signal) {
        String name = signal == null ? "" : signal.strip().toUpperCase(Locale.ROOT);
        if (name.startsWith("SIG")) {
            name = name.substring(3);
        }
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("not a signal to stop a server with: " + signal + " (one of " + NAMES
                    + ")");
        }
        return name;
    }

    /** @return true if the signal was delivered (false: the process is gone, or is not ours to signal) */
    public static boolean send(ProcessHandle process, String signal) throws IOException {
        return process.isAlive() && ShortCommand.exec(List.of(
                CommandPrefix.executable("kill").map(Object::toString).orElse("kill"),
                "-s", name(signal), String.valueOf(process.pid()))).code() == 0;
    }
}
