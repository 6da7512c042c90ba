package org.primarysources.archive.core.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.sql.SQLException;

/**
 * Ready only while the database answers a query within two seconds ({@link DatabaseProbe}). Asked afresh at every
 * check, on the caller's thread, so readiness goes DOWN while the database is stopped or restarting and UP again
 * when it is back, without a restart of the archive. (A question on another thread would run in the context of the
 * thread that asks: the server's own web module, which serves {@code /health}, not this application.)
 */
@Readiness
@ApplicationScoped
class DatabaseReadiness implements HealthCheck {

    private final DatabaseProbe probe;

    @Inject
    DatabaseReadiness(DatabaseProbe probe) {
        this.probe = probe;
    }

    /** Only for the CDI client proxy. */
    protected DatabaseReadiness() {
        this(null);
    }

    @Override
    public HealthCheckResponse call() {
        try {
            return HealthCheckResponse.named("database").up().withData("product", probe.ask()).build();
        } catch (SQLException | RuntimeException e) {
            return HealthCheckResponse.named("database").down().withData("error", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
