package org.primarysources.archive.localprocess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An unprivileged system user for a server that refuses to run as root (OpenSearch, PostgreSQL): when we are
 * root, the server runs as this user, created if missing and handed the server's folders; {@link CommandPrefix}
 * switches to it with {@code setpriv} (which execs in place, so the child process is the server itself).
 */
public final class ServiceUser {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_-]{0,30}");
    private static final int ALREADY_EXISTS = 9; // useradd/groupadd exit code when another process won the race

    private final String name;

    /** @param name a system user name such as {@code archive-search}; nothing happens until {@link #prepare} */
    public ServiceUser(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a system user name: " + name);
        }
        this.name = name;
    }

    public String name() {
        return name;
    }

    public static boolean weAreRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /**
     * Creates the user if needed, gives it the folders in {@code owned} (recursively) and checks, as that user,
     * that it can write each of {@code writable} and execute each of {@code executable}.
     *
     * @param server the server's name for the error message, e.g. {@code PostgreSQL}
     * @return who the server runs as, for {@link CommandPrefix}
     */
    public RunAs prepare(String server, List<Path> owned, List<Path> writable, List<Path> executable)
            throws IOException {
        ensureExists();
        for (Path folder : owned) {
            ShortCommand.run(List.of("chown", "-R", name + ":" + name, folder.toString()));
        }
        RunAs runAs = new RunAs(name, ShortCommand.run(List.of("id", "-u", name)),
                ShortCommand.run(List.of("id", "-g", name)));
        for (Path folder : writable) {
            requireAccess(server, runAs, "-w", folder);
        }
        for (Path file : executable) {
            requireAccess(server, runAs, "-x", file);
        }
        return runAs;
    }

    private void requireAccess(String server, RunAs runAs, String testFlag, Path path) throws IOException {
        List<String> test = new ArrayList<>(CommandPrefix.of(false, Optional.of(runAs), Optional.empty()));
        test.addAll(List.of("test", testFlag, path.toString()));
        if (ShortCommand.exec(test).code() != 0) {
            throw new IOException(server + " cannot run as root, so it runs as the system user " + name
                    + ", but that user cannot reach " + path + ". Use a folder every user can traverse"
                    + " (e.g. under /var/lib or /opt, not under /root), or run as a regular user.");
        }
    }

    private void ensureExists() throws IOException {
        if (ShortCommand.exec(List.of("id", "-u", name)).code() == 0) {
            return;
        }
        if (ShortCommand.exec(List.of("getent", "group", name)).code() != 0) {
            runAllowingRace(List.of("groupadd", "--system", name));
        }
        String shell = Stream.of("/usr/sbin/nologin", "/sbin/nologin", "/bin/false")
                .filter(s -> Files.isExecutable(Path.of(s))).findFirst().orElse("/bin/false");
        runAllowingRace(List.of("useradd", "--system", "--no-create-home", "--shell", shell, "--gid", name, name));
    }

    private static void runAllowingRace(List<String> command) throws IOException {
        ShortCommand.Result result = ShortCommand.exec(command);
        if (result.code() != 0 && result.code() != ALREADY_EXISTS) {
            throw new IOException(String.join(" ", command) + " failed (exit " + result.code() + "): "
                    + result.output());
        }
    }
}
