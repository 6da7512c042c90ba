package org.primarysources.archive.core.outbox;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.primarysources.archive.core.platform.DatabaseProbe;

/**
 * Shows the outbox backlog in {@code /health/ready}. UP whatever the backlog: a backlog means search is behind, and
 * the archive still takes edits — that is the point of the outbox. DOWN only while the backlog cannot be read (the
 * database is away), and then after {@link DatabaseProbe#PATIENCE} at most, never a hang.
 */
@Readiness
@ApplicationScoped
class OutboxReadiness implements HealthCheck {

    private final Outbox outbox;
    private final DatabaseProbe<HealthCheckResponse> probe;

    @Inject
    OutboxReadiness(Outbox outbox, ManagedExecutorService executor) {
        this.outbox = outbox;
        this.probe = new DatabaseProbe<>(executor, DatabaseProbe.PATIENCE);
    }

    /** Only for the CDI client proxy. */
    protected OutboxReadiness() {
        this(null, null);
    }

    @Override
    public HealthCheckResponse call() {
        return probe.ask(this::backlog,
                reason -> HealthCheckResponse.named("search-outbox").down().withData("error", reason).build());
    }

    private HealthCheckResponse backlog() {
        OutboxBacklog backlog = outbox.backlog();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("search-outbox").up()
                .withData("waiting", backlog.waiting())
                .withData("failing", backlog.failing())
                .withData("oldest", backlog.oldest() == null ? "none" : backlog.oldest().toString());
        if (backlog.lastError() != null) {
            response.withData("lastError", backlog.lastError());
        }
        return response.build();
    }
}
