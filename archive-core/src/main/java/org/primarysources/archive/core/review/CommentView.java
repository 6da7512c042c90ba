package org.primarysources.archive.core.review;

import java.time.Instant;

/** A comment on a change as the API shows it. */
public record CommentView(long id, String author, String field, String body, Instant at) {
}
