package org.primarysources.archive.search.query;

/**
 * How words match: folded (case and diacritics ignored: {@code Sesupe} finds {@code Šešupė}; other forms of a word
 * found as English inflects it, and as the text's own language does: {@code Verträge} finds {@code Vertrag} in a
 * German record) or exact (the words as written).
 */
public enum SearchMode {
    FOLDED, EXACT
}
