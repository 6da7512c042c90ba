package org.primarysources.archive.core.record;

import org.primarysources.archive.core.history.Activity;

import java.time.Instant;

/**
 * A stored record version with everything kept about it, as it leaves the archive in a bag and comes back into
 * another: the canonical content its hash covers, the hash chain's two hashes, the verification of its citations
 * ({@code NOT_APPLICABLE} for entities) and who made it, how and when.
 */
public record RecordVersionCopy(long recordId, int number, String content, String hash, String previousHash,
                                String verification, Activity activity, String author, String approver,
                                Long changeId, Long importId, Instant createdAt) {
}
