package org.primarysources.archive.core.linkeddata;

import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.text.Shortening;

/**
 * How a record is named wherever it is shown or described: a clause by its label ("Article 3"), an entity by its
 * name, a quote by its first words in quotation marks. {@link #withSource} adds the source, for a browser tab, a
 * bookmark or a search result, where the label alone says little ("Article 3 — Soviet–Lithuanian Mutual
 * Assistance Treaty").
 */
public final class Titles {

    private static final int QUOTE_WIDTH = 90;
    private static final int QUOTE_WIDTH_WITH_SPEAKER = 60;

    private Titles() {
    }

    /** The record's own name. */
    public static String of(RecordDetails record) {
        if (record.kind() == RecordKind.ENTITY && record.name() != null) {
            return record.name();
        }
        if (record.label() != null && !record.label().isBlank()) {
            return record.label();
        }
        return quoted(record.text(), QUOTE_WIDTH);
    }

    /**
     * The record's name with what places it: a clause and an entity with their source, a quote with its speaker
     * (who said it says more than where it was printed), or its source when the speaker is unknown.
     */
    public static String withSource(RecordDetails record) {
        if (record.kind() == RecordKind.QUOTE && record.speaker() != null && record.speaker().name() != null
                && (record.label() == null || record.label().isBlank())) {
            return quoted(record.text(), QUOTE_WIDTH_WITH_SPEAKER) + " — " + record.speaker().name();
        }
        String source = record.source() == null ? null : record.source().title();
        return source == null || source.isBlank() ? of(record) : of(record) + " — " + source;
    }

    private static String quoted(String text, int width) {
        return "“" + Shortening.atWord(Shortening.oneLine(text), width) + "”";
    }
}
