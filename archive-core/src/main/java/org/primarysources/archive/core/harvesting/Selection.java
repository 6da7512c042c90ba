package org.primarysources.archive.core.harvesting;

import java.time.Instant;

/**
 * Which publications a harvest asks for: published at or after {@code from}, before {@code before} (exclusive),
 * in {@code set}; each may be null for no bound.
 */
public record Selection(Instant from, Instant before, HarvestSet set) {
}
