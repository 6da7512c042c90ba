package org.primarysources.archive.core.outbox;

import java.time.Instant;

/**
 * How much published work has not reached the search index yet, since when, and the last reason a batch could
 * not be applied ({@code null} when nothing is failing).
 */
public record OutboxBacklog(long waiting, long failing, Instant oldest, String lastError) {
}
