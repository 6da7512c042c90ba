package org.primarysources.archive.core.source;

import org.primarysources.archive.core.history.Activity;

/**
 * Command: publish a new version of a source. {@code baseVersion} is the version the change was drafted against
 * (0 for a source never published). The approver must be someone other than the author.
 */
public record PublishSource(long sourceId, int baseVersion, SourceContent content, Activity activity, String author,
                            String approver, Long changeId, Long importId) {
}
