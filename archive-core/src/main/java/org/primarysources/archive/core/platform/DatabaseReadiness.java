package org.primarysources.archive.core.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Ready only while the database answers a query within two seconds. Asked afresh at every check, on the caller's
 * thread, so readiness goes DOWN while the database is stopped or restarting and UP again when it is back, without a
 * restart of the archive. (A question on another thread would run in the context of the thread that asks: the
 * server's own web module, which serves {@code /health}, not this application.)
 */
@Readiness
@ApplicationScoped
class DatabaseReadiness implements HealthCheck {

    static final int QUERY_TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;

    @Inject
    DatabaseReadiness(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Only for the CDI client proxy. */
    protected DatabaseReadiness() {
        this(null);
    }

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            statement.execute("SELECT 1");
            return HealthCheckResponse.named("database").up()
                    .withData("product", connection.getMetaData().getDatabaseProductName())
                    .build();
        } catch (SQLException | RuntimeException e) {
            return HealthCheckResponse.named("database").down().withData("error", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
