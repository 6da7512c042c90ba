package org.primarysources.archive.core.platform;

import jakarta.enterprise.concurrent.ManagedExecutorService;
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
 * Ready only while the database answers a query within two seconds. Asked afresh at every check, so readiness goes
 * DOWN while the database is stopped or restarting and UP again when it is back, without a restart of the archive;
 * a database that does not answer at all makes the check DOWN after {@link DatabaseProbe#PATIENCE}, never a hang.
 */
@Readiness
@ApplicationScoped
class DatabaseReadiness implements HealthCheck {

    static final int QUERY_TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;
    private final DatabaseProbe<HealthCheckResponse> probe;

    @Inject
    DatabaseReadiness(DataSource dataSource, ManagedExecutorService executor) {
        this.dataSource = dataSource;
        this.probe = new DatabaseProbe<>(executor, DatabaseProbe.PATIENCE);
    }

    /** Only for the CDI client proxy. */
    protected DatabaseReadiness() {
        this(null, null);
    }

    @Override
    public HealthCheckResponse call() {
        return probe.ask(this::query,
                reason -> HealthCheckResponse.named("database").down().withData("error", reason).build());
    }

    private HealthCheckResponse query() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            statement.execute("SELECT 1");
            return HealthCheckResponse.named("database").up()
                    .withData("product", connection.getMetaData().getDatabaseProductName())
                    .build();
        }
    }
}
