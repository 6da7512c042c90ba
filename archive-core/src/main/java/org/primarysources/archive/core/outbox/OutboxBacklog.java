package org.primarysources.archive.core.outbox;

import java.time.Instant;

/** How much published work has not reached the search index yet, and since when. */
public record OutboxBacklog(long waiting, long failing, Instant oldest) {
}
