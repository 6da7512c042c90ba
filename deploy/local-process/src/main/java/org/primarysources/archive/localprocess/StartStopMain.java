package org.primarysources.archive.localprocess;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

/**
 * The command line of a build's server helper: {@code start --name=value …} or {@code stop --pid-file=FILE}, as the
 * parent pom's exec executions call LocalOpenSearchMain and LocalPostgresMain. Exit code 2 with one line on stderr
 * for a wrong command line or a server that cannot be started.
 */
public final class StartStopMain {

    /** Starts the server from its options; returns the exit code. */
    @FunctionalInterface
    public interface Start {
        int start(MainOptions options) throws IOException;
    }

    /** Stops the server a pid file names; returns whether it is gone. */
    @FunctionalInterface
    public interface Stop {
        boolean stop(Path pidFile) throws IOException;
    }

    private StartStopMain() {
    }

    public static int run(String name, String usage, String[] args, Set<String> startOptions, Set<String> startFlags,
                          Start start, Stop stop, PrintStream err) {
        try {
            if (args.length == 0) {
                throw new IllegalArgumentException("usage: " + usage);
            }
            switch (args[0]) {
                case "start":
                    return start.start(MainOptions.parse(args, startOptions, startFlags));
                case "stop":
                    return stop.stop(Path.of(MainOptions.parse(args, Set.of("pid-file"), Set.of())
                            .required("pid-file"))) ? 0 : 1;
                default:
                    throw new IllegalArgumentException("unknown command " + args[0] + " (start or stop)");
            }
        } catch (IllegalArgumentException | IOException e) {
            err.println(name + ": " + e.getMessage());
            return 2;
        }
    }
}
