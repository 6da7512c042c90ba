package org.primarysources.archive.core.parsing;

/**
 * A numbered unit of the treaty as the article lists it, e.g. {@code Article IV: Soviet Union receives …}.
 *
 * @param label   the label as written, e.g. {@code "Article IV"}
 * @param ordinal the number the label stands for (roman numerals are converted), e.g. {@code 4}
 * @param locator the numeral as written, e.g. {@code "IV"}
 * @param text    the clause's words after the label; equals {@code transcription.substring(start, end)}
 */
public record ParsedClause(String label, int ordinal, String locator, String text, int start, int end) {
}
