package org.primarysources.archive.core.record;

import org.primarysources.archive.core.provenance.Activity;

/**
 * Command: publish a version of a record — a new record when {@code recordId} is null, else the next version
 * of it, drafted against {@code baseVersion}. The approver must be someone other than the author.
 */
public record PublishRecord(Long recordId, Integer baseVersion, RecordContent content, Activity activity,
                            String author, String approver, Long changeId, Long importId) {
}
