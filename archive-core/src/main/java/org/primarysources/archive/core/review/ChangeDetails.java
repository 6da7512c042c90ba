package org.primarysources.archive.core.review;

import org.primarysources.archive.core.record.RecordContent;
import org.primarysources.archive.core.source.SourceContent;

import java.util.List;

/** A change request with what it proposes, its comments and its history. */
public record ChangeDetails(ChangeSummary change, Integer baseVersion, String note, RecordContent record,
                            SourceContent source, List<CommentView> comments, List<TransitionView> transitions) {
}
