package org.primarysources.archive.ui.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.primarysources.archive.core.source.Sources;
import org.primarysources.archive.search.query.SearchRequest;
import org.primarysources.archive.search.query.SearchResult;
import org.primarysources.archive.search.query.Searches;

/** {@link RecordSearch} answered by archive-search's {@link Searches} and core's {@link Sources}. */
@ApplicationScoped
class ArchiveRecordSearch implements RecordSearch {

    private final Searches searches;
    private final Sources sources;

    @Inject
    ArchiveRecordSearch(Searches searches, Sources sources) {
        this.searches = searches;
        this.sources = sources;
    }

    /** Only for the CDI client proxy. */
    protected ArchiveRecordSearch() {
        this(null, null);
    }

    @Override
    public SearchResult search(SearchRequest request) {
        return searches.search(request);
    }

    @Override
    public String sourceTitle(long sourceId) {
        return sources.title(sourceId);
    }
}
