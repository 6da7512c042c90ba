package org.primarysources.archive.core.history;

import java.time.Instant;

/**
 * One link of a record's or source's hash chain: who authored and approved the version, when, by which change,
 * and {@code hash = SHA-256(canonical JSON of the content + previousHash)}.
 */
public record VersionSummary(int version, String hash, String previousHash, String author, String approver,
                             Instant at, Activity activity, Long changeId) {
}
