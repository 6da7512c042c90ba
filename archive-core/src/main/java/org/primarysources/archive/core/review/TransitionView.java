package org.primarysources.archive.core.review;

import java.time.Instant;

/** One move of a change through review. */
public record TransitionView(ChangeState from, ChangeState to, String actor, String comment, Instant at) {
}
