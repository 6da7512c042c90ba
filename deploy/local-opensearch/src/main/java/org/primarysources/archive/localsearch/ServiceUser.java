package org.primarysources.archive.localsearch;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * OpenSearch refuses to run as root. When we are root, the node runs as the system user
 * {@value #NAME}: created if missing, handed the node's home, switched to with {@code setpriv}
 * (which execs in place, so the child process is the node itself) or else {@code runuser}.
 */
final class ServiceUser {

    static final String NAME = "archive-search";
    private static final int ALREADY_EXISTS = 9; // useradd/groupadd exit code when another process won the race

    private ServiceUser() {
    }

    static boolean weAreRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /**
     * Creates the user if needed, gives it {@code home} and checks it can reach everything the node needs.
     *
     * @return the command prefix that runs the rest of a command line as that user
     */
    static List<String> prepare(Path home, Path java) throws IOException {
        ensureUserExists();
        run(List.of("chown", "-R", NAME + ":" + NAME, home.toString()));
        List<String> prefix = switchUserPrefix(
                run(List.of("id", "-u", NAME)).strip(), run(List.of("id", "-g", NAME)).strip(), executable("setpriv"));
        for (List<String> test : List.of(List.of("-w", home.resolve("data").toString()),
                List.of("-x", java.toString()))) {
            List<String> check = new ArrayList<>(prefix);
            check.add("test");
            check.addAll(test);
            if (exitCode(check) != 0) {
                throw new IOException("OpenSearch cannot run as root, so it runs as the system user " + NAME
                        + ", but that user cannot reach " + test.get(1) + ". Use a folder every user can traverse"
                        + " (e.g. under /var/lib or /opt, not under /root), or run as a regular user.");
            }
        }
        return prefix;
    }

    static List<String> switchUserPrefix(String uid, String gid, Optional<Path> setpriv) {
        return setpriv
                .map(p -> List.of(p.toString(), "--reuid=" + uid, "--regid=" + gid, "--init-groups", "--"))
                .orElse(List.of("runuser", "-u", NAME, "--"));
    }

    private static void ensureUserExists() throws IOException {
        if (exitCode(List.of("id", "-u", NAME)) == 0) {
            return;
        }
        if (exitCode(List.of("getent", "group", NAME)) != 0) {
            runAllowingRace(List.of("groupadd", "--system", NAME));
        }
        String shell = Stream.of("/usr/sbin/nologin", "/sbin/nologin", "/bin/false")
                .filter(s -> Files.isExecutable(Path.of(s))).findFirst().orElse("/bin/false");
        runAllowingRace(List.of("useradd", "--system", "--no-create-home", "--shell", shell, "--gid", NAME, NAME));
    }

    static Optional<Path> executable(String name) {
        String path = System.getenv().getOrDefault("PATH", "") + ":/usr/bin:/bin:/usr/sbin:/sbin";
        return Stream.of(path.split(":"))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, name))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private static void runAllowingRace(List<String> command) throws IOException {
        Result result = exec(command);
        if (result.code != 0 && result.code != ALREADY_EXISTS) {
            throw new IOException(String.join(" ", command) + " failed (exit " + result.code + "): " + result.output);
        }
    }

    private static String run(List<String> command) throws IOException {
        Result result = exec(command);
        if (result.code != 0) {
            throw new IOException(String.join(" ", command) + " failed (exit " + result.code + "): " + result.output);
        }
        return result.output;
    }

    private static int exitCode(List<String> command) throws IOException {
        return exec(command).code;
    }

    private record Result(int code, String output) {
    }

    private static Result exec(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            return new Result(process.waitFor(), output.strip());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.get(0), e);
        }
    }
}
