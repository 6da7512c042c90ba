package org.primarysources.archive.core.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Which database the archive stands on: a random id the database was given once, when its schema was created
 * ({@code archive_identity}). What is kept outside the database — the search index — carries it, so that it is never
 * fed from another database than the one it was filled from (a database wiped or replaced under a kept index).
 */
@ApplicationScoped
public class DatabaseIdentity {

    private static final int QUERY_TIMEOUT_SECONDS = 5;

    private final DataSource dataSource;

    @Inject
    public DatabaseIdentity(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Only for the CDI client proxy. */
    protected DatabaseIdentity() {
        this(null);
    }

    /** The database's id, read from the database at every call: it changes only with the database. */
    public UUID id() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            try (ResultSet row = statement.executeQuery("SELECT id FROM archive_identity")) {
                if (!row.next()) {
                    throw new IllegalStateException("the database has no identity: archive_identity is empty");
                }
                return row.getObject(1, UUID.class);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database's identity", e);
        }
    }
}
