package org.primarysources.archive.core.publicationlog;

/** An entry as the log holds it: its position (from 0) and what was appended there. */
public record LoggedEntry(long position, LogEntry entry) {

    static LoggedEntry of(Object[] row) {
        return new LoggedEntry(((Number) row[0]).longValue(), new LogEntry((String) row[1],
                ((Number) row[2]).longValue(), ((Number) row[3]).intValue(), (String) row[4]));
    }

    public String describe() {
        return entry.describe();
    }
}
