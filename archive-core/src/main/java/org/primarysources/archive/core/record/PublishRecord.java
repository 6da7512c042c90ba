package org.primarysources.archive.core.record;

import org.primarysources.archive.core.history.Activity;
import org.primarysources.archive.core.history.TransitionSummary;

import java.util.List;

/**
 * Command: publish a version of a record — a new record when {@code recordId} is null, else the next version
 * of it, drafted against {@code baseVersion}. The approver must be someone other than the author. {@code review}
 * is the change's review trail; it becomes part of the hashed version, so the history of approvals is chained too.
 */
public record PublishRecord(Long recordId, Integer baseVersion, RecordContent content, Activity activity,
                            String author, String approver, Long changeId, Long importId,
                            List<TransitionSummary> review) {

    public PublishRecord {
        review = review == null ? List.of() : List.copyOf(review);
    }

    public PublishRecord(Long recordId, Integer baseVersion, RecordContent content, Activity activity, String author,
                         String approver, Long changeId, Long importId) {
        this(recordId, baseVersion, content, activity, author, approver, changeId, importId, List.of());
    }
}
