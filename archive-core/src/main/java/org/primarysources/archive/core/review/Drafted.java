package org.primarysources.archive.core.review;

import java.time.Instant;

/**
 * Who drafted a change and when, and where it came from: written by hand (with a note to the editors) or one of
 * an import's drafts (its batch and place in the file).
 */
record Drafted(String author, Instant at, String note, Long importId, int ordinal) {

    static Drafted byHand(String author, String note, Instant at) {
        return new Drafted(author, at, note, null, 0);
    }

    static Drafted byImport(String author, Long importId, int ordinal, Instant at) {
        return new Drafted(author, at, null, importId, ordinal);
    }
}
