package org.primarysources.archive.launcher;

import org.primarysources.archive.localpostgres.LocalPostgres;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Which database a maintenance command works on: the local server of a data folder, or an external one. */
final class DatabaseOptions {

    @Option(names = "--data-dir", defaultValue = "./data", paramLabel = "DIR",
            description = "Data folder of a running archive with its local database (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--db-url", paramLabel = "JDBC-URL",
            description = "An external PostgreSQL instead (jdbc:postgresql://host:port/db).")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "USER", description = "Database user (default: postgres).")
    String dbUser = "postgres";

    @Option(names = "--db-password", paramLabel = "PASSWORD", arity = "0..1", interactive = true,
            description = "Database password; give the option without a value to be prompted. "
                    + "Or set ARCHIVE_DB_PASSWORD.")
    char[] dbPassword;

    Connection connect() throws SQLException, IOException {
        String url = dbUrl != null ? dbUrl : LocalPostgres.runningUrl(DataDir.postgresData(dataDir
                .toAbsolutePath().normalize()), RunCommand.DATABASE).orElseThrow(() -> new IOException(
                "No archive database is running in " + dataDir + " (start it with ./archive run --data-dir "
                        + dataDir + "), or name an external one with --db-url."));
        Properties properties = new Properties();
        properties.setProperty("user", dbUser);
        String password = dbPassword != null ? new String(dbPassword) : System.getenv("ARCHIVE_DB_PASSWORD");
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(url, properties);
    }
}
