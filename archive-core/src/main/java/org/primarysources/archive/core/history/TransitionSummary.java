package org.primarysources.archive.core.history;

import java.time.Instant;

/** One move of a change request through review (for example SUBMITTED to APPROVED): who made it, when and why. */
public record TransitionSummary(long changeId, String from, String to, String actor, Instant at, String comment) {
}
