package org.primarysources.archive.core.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Shows the outbox backlog in {@code /health/ready}. UP whatever the backlog: a backlog means search is behind, and
 * the archive still takes edits — that is the point of the outbox. DOWN only while the backlog cannot be read (the
 * database is away). Asked on the caller's thread, like the database's readiness.
 */
@Readiness
@ApplicationScoped
class OutboxReadiness implements HealthCheck {

    private final Outbox outbox;

    @Inject
    OutboxReadiness(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Only for the CDI client proxy. */
    protected OutboxReadiness() {
        this(null);
    }

    @Override
    public HealthCheckResponse call() {
        OutboxBacklog backlog;
        try {
            backlog = outbox.backlog();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("search-outbox").down().withData("error", String.valueOf(e.getMessage()))
                    .build();
        }
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
