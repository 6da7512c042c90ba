package org.primarysources.archive.core.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Asks the database, now, whether it answers: a {@code SELECT 1} within two seconds on a connection from the pool.
 * Readiness asks it at every check; the API asks it when a request failed in a way nobody recognised, so that a
 * failure while the database is away is answered as the outage it is (503) rather than as a fault of ours.
 */
@ApplicationScoped
public class DatabaseProbe {

    static final int QUERY_TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;

    @Inject
    DatabaseProbe(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Only for the CDI client proxy. */
    protected DatabaseProbe() {
        this(null);
    }

    /** The database's product name if it answers now; the failure otherwise. */
    public String ask() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            statement.execute("SELECT 1");
            return connection.getMetaData().getDatabaseProductName();
        }
    }

    /** True when the database answers now. */
    public boolean answers() {
        try {
            ask();
            return true;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
