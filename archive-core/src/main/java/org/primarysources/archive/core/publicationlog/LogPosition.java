package org.primarysources.archive.core.publicationlog;

/**
 * Where a cited version stands in the archive's transparency log: its entry, and the first signed checkpoint that
 * includes it (null until the next checkpoint is signed, a few seconds after publication). With both, a reader can
 * later ask the archive for the inclusion proof and check it against a checkpoint they kept.
 */
public record LogPosition(long entry, Long checkpointSize) {

    /** For a citation's notes: {@code archive-log: entry 12, checkpoint 40}. */
    public String note() {
        return "archive-log: entry " + entry + (checkpointSize == null ? ", not yet in a signed checkpoint"
                : ", checkpoint " + checkpointSize);
    }

    /** For a citation in prose: {@code Archive log entry 12, checkpoint 40.} */
    public String sentence() {
        return "Archive log entry " + entry + (checkpointSize == null ? "." : ", checkpoint " + checkpointSize + ".");
    }
}
