package org.primarysources.archive.localprocess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The front of a server's command line, so that the child process is the server itself (each tool execs in place):
 * its own session ({@code setsid}: a terminal's Ctrl-C reaches only the owner, who stops the server in order),
 * another user ({@code setpriv --reuid=U --regid=G --init-groups}, when we are root) and a signal when the owner
 * dies ({@code setpriv --pdeathsig SIG}, util-linux 2.33 or newer), the last two in one {@code setpriv} call.
 *
 * <p>The signal on the owner's death reaches the server even when the owner is killed with SIGKILL. The kernel ties
 * it to the <em>thread</em> that started the child, not to the process: when that thread ends, the server gets the
 * signal although the owner lives on. Start such a child from a thread that lives as long as the owner (the main
 * thread, or a thread kept for it), never from a pool's worker or a short-lived thread.
 */
public final class CommandPrefix {

    private CommandPrefix() {
    }

    /**
     * @param ownSession  start the child in a session of its own (skipped where there is no {@code setsid})
     * @param user        run the child as this user
     * @param deathSignal send the child this signal (e.g. {@code INT}) when the thread that started it ends
     * @throws IOException if a death signal is asked for and {@code setpriv} cannot give one
     */
    public static List<String> of(boolean ownSession, Optional<RunAs> user, Optional<String> deathSignal)
            throws IOException {
        return of(Tools.INSTALLED, ownSession, user, deathSignal);
    }

    /** {@code setpriv --pdeathsig SIG --}: the child gets {@code signal} when the thread that started it ends. */
    public static List<String> deathSignal(String signal) throws IOException {
        return of(false, Optional.empty(), Optional.of(signal));
    }

    /** True if this machine's {@code setpriv} can give a child a signal on its owner's death. */
    public static boolean deathSignalSupported() {
        return Tools.INSTALLED.pdeathsig();
    }

    static List<String> of(Tools tools, boolean ownSession, Optional<RunAs> user, Optional<String> deathSignal)
            throws IOException {
        List<String> prefix = new ArrayList<>();
        if (ownSession) {
            tools.setsid().ifPresent(setsid -> prefix.add(setsid.toString()));
        }
        if (user.isEmpty() && deathSignal.isEmpty()) {
            return List.copyOf(prefix);
        }
        if (deathSignal.isPresent() && !tools.pdeathsig()) {
            throw new IOException("A signal on the owner's death needs setpriv with --pdeathsig (util-linux 2.33 or"
                    + " newer); " + tools.setpriv().map(p -> p + " has none").orElse("there is no setpriv"));
        }
        if (tools.setpriv().isEmpty()) {
            prefix.addAll(List.of("runuser", "-u", user.get().user(), "--"));
            return List.copyOf(prefix);
        }
        prefix.add(tools.setpriv().get().toString());
        user.ifPresent(u -> prefix.addAll(List.of("--reuid=" + u.uid(), "--regid=" + u.gid(), "--init-groups")));
        if (deathSignal.isPresent()) {
            prefix.addAll(List.of("--pdeathsig", Signals.name(deathSignal.get())));
        }
        prefix.add("--");
        return List.copyOf(prefix);
    }

    /** The first executable of that name on the PATH (or in the usual system folders). */
    public static Optional<Path> executable(String name) {
        String path = System.getenv().getOrDefault("PATH", "") + ":/usr/bin:/bin:/usr/sbin:/sbin";
        return Stream.of(path.split(":"))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, name))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** The tools a prefix is made of, as this machine has them (looked up once). */
    record Tools(Optional<Path> setsid, Optional<Path> setpriv, boolean pdeathsig) {

        static final Tools INSTALLED = detect();

        private static Tools detect() {
            Optional<Path> setpriv = executable("setpriv");
            boolean pdeathsig = false;
            if (setpriv.isPresent()) {
                try {
                    pdeathsig = ShortCommand.exec(List.of(setpriv.get().toString(), "--help")).output()
                            .contains("--pdeathsig");
                } catch (IOException e) {
                    pdeathsig = false;
                }
            }
            return new Tools(executable("setsid"), setpriv, pdeathsig);
        }
    }
}
