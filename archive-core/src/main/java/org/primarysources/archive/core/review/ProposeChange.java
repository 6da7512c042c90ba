package org.primarysources.archive.core.review;

import org.primarysources.archive.core.record.RecordContent;

/**
 * Command: propose one action on one record. CREATE needs {@code record}; UPDATE needs {@code recordId},
 * {@code baseVersion} (the version it was drafted against) and {@code record}; RETRACT needs {@code recordId}.
 */
public record ProposeChange(ChangeAction action, Long recordId, Integer baseVersion, RecordContent record,
                            String note) {
}
