package org.primarysources.archive.ui.search;

import org.primarysources.archive.search.query.SearchRequest;
import org.primarysources.archive.search.query.SearchResult;
import org.primarysources.archive.search.query.SearchUnavailableException;

/** What the search page asks of the archive: published records matching a request, and sources' titles. */
public interface RecordSearch {

    /**
     * @throws SearchUnavailableException when the search engine cannot answer right now
     */
    SearchResult search(SearchRequest request);

    /** The title readers see for a source, or null when there is no such source. */
    String sourceTitle(long sourceId);
}
