package org.primarysources.archive.launcher;

import picocli.CommandLine.Option;

import java.io.Console;
import java.net.URI;
import java.util.Map;

/** Where the running archive is and who logs in: shared by the commands that talk to it. */
final class ServerOptions {

    @Option(names = "--server", defaultValue = "http://localhost:8080/", paramLabel = "URL",
            description = "The running archive (default: ${DEFAULT-VALUE}).")
    URI server;

    @Option(names = "--user", defaultValue = "${env:ARCHIVE_USER:-admin}", paramLabel = "USER",
            description = "Account to log in with (default: ARCHIVE_USER or admin). "
                    + "The password comes from ARCHIVE_PASSWORD, else it is asked for.")
    String user;

    /** Replaceable in tests. */
    Map<String, String> environment = System.getenv();

    String password() {
        String password = environment.get("ARCHIVE_PASSWORD");
        if (password != null) {
            return password;
        }
        Console console = System.console();
        if (console == null) {
            throw new IllegalStateException("No password: set ARCHIVE_PASSWORD or run in a terminal to be asked.");
        }
        char[] typed = console.readPassword("Password for %s at %s: ", user, server);
        if (typed == null) {
            throw new IllegalStateException("No password given.");
        }
        return new String(typed);
    }

    ArchiveApi api() {
        return new ArchiveApi(server, user, password());
    }
}
