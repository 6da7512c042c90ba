package org.primarysources.archive.core.outbox;

import jakarta.persistence.PersistenceException;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxReadinessTest {

    private volatile OutboxBacklog backlog = new OutboxBacklog(3, 1, Instant.parse("2026-11-29T12:00:00Z"),
            "connection refused");
    private final OutboxReadiness readiness = new OutboxReadiness(new Outbox() {
        @Override
        public OutboxBacklog backlog() {
            if (backlog == null) {
                throw new PersistenceException(new SQLException("Connection to 127.0.0.1:5432 refused.", "08001"));
            }
            return backlog;
        }
    });

    @Test
    void aBacklogIsShownAndTheArchiveStaysReady() {
        HealthCheckResponse answer = readiness.call();

        assertThat(answer.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(answer.getData()).hasValueSatisfying(data -> assertThat(data)
                .containsEntry("waiting", 3L).containsEntry("failing", 1L).containsEntry("lastError",
                        "connection refused"));
    }

    @Test
    void aBacklogThatCannotBeReadIsDownWithTheReason() {
        backlog = null;

        HealthCheckResponse answer = readiness.call();

        assertThat(answer.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(answer.getData()).hasValueSatisfying(data -> assertThat(data.get("error").toString())
                .contains("refused"));
    }
}
