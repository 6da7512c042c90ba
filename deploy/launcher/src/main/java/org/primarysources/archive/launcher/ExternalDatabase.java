package org.primarysources.archive.launcher;

import picocli.CommandLine.Option;

/** An external PostgreSQL the archive uses instead of its local one: shared by {@code run} and {@code backup}. */
final class ExternalDatabase {

    @Option(names = "--db-url", paramLabel = "JDBC-URL",
            description = "Use this PostgreSQL (jdbc:postgresql://host:port/db) instead of the local one.")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "USER", description = "Database user (default: the application's,"
            + " archive; postgres on the local server).")
    String dbUser;

    @Option(names = "--db-password", paramLabel = "PASSWORD", arity = "0..1", interactive = true,
            description = "Database password; give the option without a value to be prompted. "
                    + "Or set ARCHIVE_DB_PASSWORD.")
    char[] dbPassword;

    boolean given() {
        return dbUrl != null;
    }

    /** The password given on the command line, else ARCHIVE_DB_PASSWORD, else none. */
    String password() {
        return dbPassword != null ? new String(dbPassword) : System.getenv("ARCHIVE_DB_PASSWORD");
    }
}
