package org.primarysources.archive.search.query;

/** How words match: folded (case and diacritics ignored: {@code Sesupe} finds {@code Šešupė}) or exact. */
public enum SearchMode {
    FOLDED, EXACT
}
