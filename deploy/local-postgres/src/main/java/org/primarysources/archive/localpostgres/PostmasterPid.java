package org.primarysources.archive.localpostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a running postmaster writes to {@code <data>/postmaster.pid}: its pid (line 1), data directory (2), port (4),
 * socket directory (5) and, once it has started, its status (8: {@code starting}, {@code ready}, {@code stopping}).
 * The file outlives a postmaster killed with SIGKILL: only a live process with that pid, which is a postgres on this
 * data directory, is still the server.
 *
 * @param status the status line stripped of its padding, or empty while the postmaster has not written it yet
 */
record PostmasterPid(long pid, Path dataDir, int port, String socketDir, String status) {

    static final String FILE = "postmaster.pid";

    /** Empty if there is no such file, or it is being written and not complete enough to read. */
    static Optional<PostmasterPid> read(Path dataDir) throws IOException {
        try {
            return parse(Files.readAllLines(dataDir.resolve(FILE)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    static Optional<PostmasterPid> parse(List<String> lines) {
        if (lines.size() < 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PostmasterPid(Long.parseLong(lines.get(0).strip()), Path.of(lines.get(1).strip()),
                    Integer.parseInt(lines.get(3).strip()), lines.size() > 4 ? lines.get(4).strip() : "",
                    lines.size() > 7 ? lines.get(7).strip() : ""));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    boolean ready() {
        return "ready".equals(status);
    }
}
