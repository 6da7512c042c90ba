package org.primarysources.archive.search.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.transport.httpclient5.ResponseException;
import org.primarysources.archive.core.citation.Verification;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.record.SourceRef;
import org.primarysources.archive.core.text.Shortening;
import org.primarysources.archive.search.index.OpenSearchRecordIndexer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Finds published records. Anyone may search; only what {@link SearchHit} shows ever leaves the index.
 * <p>
 * Every call is bounded in time (the client's connect and response timeouts, and a server-side timeout after which
 * OpenSearch answers with what it found so far). When OpenSearch cannot be reached or does not answer in time, the
 * call fails with {@link SearchUnavailableException} (503); input that cannot be searched fails with
 * {@link InvalidInputException} (400). Nothing a researcher types gives a 500.
 */
@ApplicationScoped
public class Searches {

    private static final Logger LOG = Logger.getLogger(Searches.class.getName());
    /** How long a point in time outlives its last page. */
    static final String KEEP_ALIVE = "1m";

    private OpenSearchClient client;
    private String alias;

    /** For CDI's proxy only. */
    protected Searches() {
    }

    @Inject
    public Searches(OpenSearchClient client,
                    @ConfigProperty(name = OpenSearchRecordIndexer.INDEX_PROPERTY,
                            defaultValue = OpenSearchRecordIndexer.DEFAULT_ALIAS) String alias) {
        this.client = client;
        this.alias = alias;
    }

    public SearchResult search(SearchRequest request) {
        ResearcherQuery parsed = ResearcherQuery.parse(request.q());
        SearchResponse<HitSource> response = call(
                () -> client.search(SearchQueries.build(alias, request, parsed), HitSource.class), parsed);
        return result(response, request.mode());
    }

    /**
     * Opens the hits of a search to be read page by page, in the request's order (its page and size are not used),
     * from a point in time: the pages agree with each other even while records are published or the index is
     * rebuilt. Only hits of the kinds {@code only} are read, at most {@code limit} of them; the first page is read
     * here, so a search that cannot run fails now (400, 503) and the counts are known before anything is written.
     * Close the stream when done: that frees the point in time (it expires a minute after the last page anyway).
     */
    public HitStream stream(SearchRequest request, Set<RecordKind> only, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("an export has at least one hit, not " + limit);
        }
        ResearcherQuery parsed = ResearcherQuery.parse(request.q());
        Optional<String> pit = call(() -> {
            try {
                return Optional.of(client.createPit(p -> p.index(alias).keepAlive(k -> k.time(KEEP_ALIVE))).pitId());
            } catch (OpenSearchException e) {
                if (e.status() == 404 && "index_not_found_exception".equals(e.error().type())) {
                    return Optional.empty(); // nothing was ever published
                }
                throw e;
            }
        }, parsed);
        if (pit.isEmpty()) {
            return HitStream.nothing();
        }
        HitStream.Pager pager = (pitId, after, size) -> {
            SearchResponse<HitSource> page = call(() -> client.search(
                    SearchQueries.exportPage(pitId, KEEP_ALIVE, request, parsed, only, size, after), HitSource.class),
                    parsed);
            if (page.timedOut()) {
                // a page cut short would leave hits out of the export without saying so
                LOG.warning("an export page timed out after " + SearchQueries.SERVER_TIMEOUT);
                throw new SearchUnavailableException("search is temporarily unavailable", null);
            }
            return page;
        };
        HitStream stream = new HitStream(pager, pit.get(), limit, this::closePit);
        try {
            stream.readFirstPage();
        } catch (RuntimeException e) {
            stream.close();
            throw e;
        }
        return stream;
    }

    private void closePit(String pitId) {
        try {
            client.deletePit(d -> d.pitId(pitId));
        } catch (IOException | OpenSearchException e) {
            // it expires by itself a minute after its last use
            LOG.fine(() -> "could not close a point in time: " + e);
        }
    }

    /** Sends one request to the cluster, turning its failures into the archive's refusals. */
    private <T> T call(Call<T> request, ResearcherQuery parsed) {
        try {
            return request.send();
        } catch (ResponseException e) {
            // an error answer the client could not read as an OpenSearch error
            throw refused(e.status(), e, parsed);
        } catch (IOException e) {
            // one line per failed search while the cluster is down; the stack trace only when asked for
            LOG.warning(() -> "search is unavailable: " + e);
            LOG.log(Level.FINE, "search is unavailable", e);
            throw new SearchUnavailableException("search is temporarily unavailable", e);
        } catch (OpenSearchException e) {
            throw refused(e.status(), e, parsed);
        }
    }

    /** A request to the cluster. */
    @FunctionalInterface
    private interface Call<T> {
        T send() throws IOException;
    }

    private static RuntimeException refused(int status, Exception e, ResearcherQuery parsed) {
        if (status == 400) {
            // our queries are well-formed by construction: a 400 means a limit (e.g. too many clauses)
            LOG.log(Level.WARNING, "OpenSearch refused a query of " + parsed.terms() + " words: " + e.getMessage());
            return new InvalidInputException("q", "this query is too complex to run; use fewer words or operators");
        }
        LOG.warning(() -> "search is unavailable: " + e.getMessage());
        LOG.log(Level.FINE, "search is unavailable", e);
        return new SearchUnavailableException("search is temporarily unavailable", e);
    }

    static SearchResult result(SearchResponse<HitSource> response, SearchMode mode) {
        List<String> highlightFields = mode == SearchMode.EXACT
                ? SearchQueries.EXACT_HIGHLIGHT : SearchQueries.FOLDED_HIGHLIGHT;
        List<SearchHit> hits = new ArrayList<>();
        for (Hit<HitSource> hit : response.hits().hits()) {
            HitSource source = hit.source();
            if (source != null && source.id() != null && source.kind() != null) {
                hits.add(hit(source, Highlights.of(hit.highlight(), highlightFields, source.text())));
            }
        }
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String facet : SearchQueries.FACETS.keySet()) {
            facets.put(facet, buckets(response.aggregations().get(facet)));
        }
        return new SearchResult(total, List.copyOf(hits), facets);
    }

    private static SearchHit hit(HitSource source, String highlight) {
        return new SearchHit(source.id(), RecordKind.valueOf(source.kind()),
                source.label() != null ? source.label() : source.name(),
                RecordKind.SOURCE.name().equals(source.kind()) ? opening(source.text()) : source.text(),
                highlight, source.speaker(),
                source.sourceId() == null ? null : new SourceRef(source.sourceId(), source.sourceTitle()),
                source.date(),
                source.verification() == null ? null : Verification.valueOf(source.verification()));
    }

    static ExportHit exportHit(HitSource source) {
        return new ExportHit(source.id(), RecordKind.valueOf(source.kind()),
                source.version() == null ? 0 : source.version(),
                source.label() != null ? source.label() : source.name(),
                RecordKind.SOURCE.name().equals(source.kind()) ? opening(source.text()) : source.text(),
                source.speaker(),
                source.sourceId() == null ? null : new SourceRef(source.sourceId(), source.sourceTitle()),
                source.date(), source.language());
    }

    /** A source's hit carries the opening of its transcription, not all of it (the highlight shows the match). */
    private static String opening(String text) {
        if (text == null) {
            return null;
        }
        int end = Shortening.wordEnd(text, 300);
        return end == text.length() ? text : text.substring(0, end) + " " + Shortening.ELLIPSIS;
    }

    private static Map<String, Long> buckets(Aggregate aggregate) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (aggregate == null) {
            return counts;
        }
        if (aggregate.isSterms()) {
            aggregate.sterms().buckets().array().forEach(b -> counts.put(b.key(), b.docCount()));
        } else if (aggregate.isLterms()) {
            aggregate.lterms().buckets().array().forEach(b -> counts.put(
                    b.key().isSigned() ? String.valueOf(b.key().signed()) : b.key().unsigned(), b.docCount()));
        }
        return counts;
    }
}
