package org.primarysources.archive.core.source;

import org.primarysources.archive.core.history.Activity;

import java.time.Instant;

/**
 * A stored source version with everything kept about it, as it leaves the archive in a bag and comes back into
 * another: the canonical content its hash covers (title, metadata, the transcription's SHA-256), the transcription
 * itself, the hash chain's two hashes and who made it, how and when.
 */
public record SourceVersionCopy(long sourceId, int number, String content, String transcription,
                                String transcriptionSha256, String hash, String previousHash, Activity activity,
                                String author, String approver, Long changeId, Long importId, Instant createdAt) {
}
