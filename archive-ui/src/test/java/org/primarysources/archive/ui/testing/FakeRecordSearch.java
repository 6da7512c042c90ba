package org.primarysources.archive.ui.testing;

import org.primarysources.archive.search.query.SearchRequest;
import org.primarysources.archive.search.query.SearchResult;
import org.primarysources.archive.search.query.SearchUnavailableException;
import org.primarysources.archive.ui.search.RecordSearch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A search engine that answers what the test says, and remembers what it was asked. */
public final class FakeRecordSearch implements RecordSearch {

    private final List<SearchRequest> requests = new ArrayList<>();
    private SearchResult answer = new SearchResult(0, List.of(), Map.of());
    private boolean down;

    public FakeRecordSearch answering(SearchResult result) {
        answer = result;
        down = false;
        return this;
    }

    public FakeRecordSearch down() {
        down = true;
        return this;
    }

    public List<SearchRequest> requests() {
        return List.copyOf(requests);
    }

    public SearchRequest lastRequest() {
        return requests.get(requests.size() - 1);
    }

    @Override
    public SearchResult search(SearchRequest request) {
        requests.add(request);
        if (down) {
            throw new SearchUnavailableException("connection refused", null);
        }
        return answer;
    }

    @Override
    public String sourceTitle(long sourceId) {
        return sourceId == RecordBuilder.TREATY.id() ? RecordBuilder.TREATY.title() : null;
    }
}
