package org.primarysources.archive.launcher;

import org.primarysources.archive.localpostgres.LocalPostgres;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Which database a maintenance command works on: the local server of a data folder, or an external one. */
final class DatabaseOptions {

    /** The user the application connects as when none is configured (the WAR's default). */
    private static final String APPLICATION_USER = "archive";

    @Option(names = "--data-dir", defaultValue = "./data", paramLabel = "DIR",
            description = "Data folder of a running archive with its local database (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Mixin
    ExternalDatabase external = new ExternalDatabase();

    Connection connect() throws SQLException, IOException {
        String url = external.given() ? external.dbUrl : LocalPostgres.runningUrl(DataDir.postgresData(dataDir
                .toAbsolutePath().normalize()), RunCommand.DATABASE).orElseThrow(() -> new IOException(
                "No archive database is running in " + dataDir + " (start it with ./archive run --data-dir "
                        + dataDir + "), or name an external one with --db-url."));
        Properties properties = new Properties();
        properties.setProperty("user", external.dbUser != null ? external.dbUser
                : external.given() ? APPLICATION_USER : LocalPostgres.SUPERUSER);
        String password = external.password();
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(url, properties);
    }
}
