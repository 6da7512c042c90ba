package org.primarysources.archive.search.query;

/** Order of hits: best match first, or by the record's date (oldest first). */
public enum SearchSort {
    RELEVANCE, DATE
}
