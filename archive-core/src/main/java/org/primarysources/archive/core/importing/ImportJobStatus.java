package org.primarysources.archive.core.importing;

import java.time.Instant;
import java.util.List;

/**
 * A background import as every instance sharing the database sees it: {@code state} QUEUED, RUNNING, DONE,
 * FAILED or CANCELLED; rows drafted so far of all (the drafts are committed only when DONE); the bad row or other
 * problem that stopped it; the import it made.
 */
public record ImportJobStatus(long id, String state, String fileName, String archivist, int rowsDone, int rowsTotal,
                              boolean cancelRequested, Long importId, List<RowProblem> errors, Instant createdAt,
                              Instant updatedAt) {

    public static final String QUEUED = "QUEUED";
    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";
    public static final String CANCELLED = "CANCELLED";

    public ImportJobStatus {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** Whether the job has stopped, done or not. */
    public boolean finished() {
        return DONE.equals(state) || FAILED.equals(state) || CANCELLED.equals(state);
    }

    /** What stopped an import: a line and column of the file when a row was at fault, and the problem. */
    public record RowProblem(Long line, String column, String problem) {
    }
}
