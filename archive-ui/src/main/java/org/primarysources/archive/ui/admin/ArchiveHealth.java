package org.primarysources.archive.ui.admin;

import org.primarysources.archive.core.outbox.OutboxBacklog;

import java.time.Instant;
import java.util.List;

/**
 * How the archive was doing at one moment: each readiness check, and the search outbox's backlog ({@code null} when
 * it could not be read, e.g. while the database does not answer).
 */
public record ArchiveHealth(List<ReadinessCheck> checks, OutboxBacklog outbox, Instant checkedAt) {
}
