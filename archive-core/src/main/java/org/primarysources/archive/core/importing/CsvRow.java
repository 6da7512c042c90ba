package org.primarysources.archive.core.importing;

import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.source.PartialDate;

/**
 * One row of a CSV import as read and checked by {@link CsvFile}, starting on {@code line} of the file (counted
 * from 1, the header being line 1). Empty cells are null; every other value is stripped of surrounding spaces.
 * {@code label} is a clause's label, an entity's name and a quote's occasion; {@code source} and {@code speaker}
 * are still as written (an id or a name), found in the archive when the row is imported.
 */
public record CsvRow(long line, RecordKind kind, String label, String text, String source, String locatorLabel,
                     String locatorValue, String quotedText, String speaker, PartialDate date, String language,
                     String translation, String translationLanguage) {
}
