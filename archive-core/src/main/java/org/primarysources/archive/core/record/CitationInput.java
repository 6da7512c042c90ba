package org.primarysources.archive.core.record;

/**
 * A citation as an author proposes it: which version of the record's source, the CSL locator (label and value)
 * and the TextQuoteSelector. Where the text is found is worked out when the record is saved.
 */
public record CitationInput(Integer sourceVersion, String label, String locator, String exact, String prefix,
                            String suffix) {
}
