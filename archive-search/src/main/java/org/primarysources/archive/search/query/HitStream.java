package org.primarysources.archive.search.query;

import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The hits of one search read page by page ({@value #PAGE_SIZE} at a time) from an OpenSearch point in time, each page
 * after the last hit of the one before ({@code search_after}), so that no more than a page is ever held in memory
 * and no hit is read twice or missed while the archive changes. Made by {@link Searches#stream}; read once.
 */
public final class HitStream implements AutoCloseable {

    /** Hits asked for per page. */
    public static final int PAGE_SIZE = 500;

    private final Pager pager;
    private final String pitId;
    private final int limit;
    private final Consumer<String> closer;
    private List<Hit<HitSource>> firstPage = List.of();
    private long total;
    private long leftOut;
    private boolean open;

    /** Reads one page of at most {@code size} hits after the sort values {@code after} (null: the first page). */
    @FunctionalInterface
    interface Pager {
        SearchResponse<HitSource> page(String pitId, List<FieldValue> after, int size);
    }

    /** Takes one page of hits; may fail writing it. */
    @FunctionalInterface
    public interface PageReader {
        void read(List<ExportHit> page) throws IOException;
    }

    HitStream(Pager pager, String pitId, int limit, Consumer<String> closer) {
        this.pager = pager;
        this.pitId = pitId;
        this.limit = limit;
        this.closer = closer;
        this.open = pitId != null;
    }

    /** The stream of a search on an archive where nothing was ever published. */
    static HitStream nothing() {
        return new HitStream(null, null, 1, id -> { });
    }

    void readFirstPage() {
        SearchResponse<HitSource> first = pager.page(pitId, null, Math.min(PAGE_SIZE, limit));
        total = first.hits().total() == null ? first.hits().hits().size() : first.hits().total().value();
        Aggregate kinds = first.aggregations().get("kind");
        long all = kinds == null || !kinds.isSterms() ? total
                : kinds.sterms().buckets().array().stream().mapToLong(b -> b.docCount()).sum();
        leftOut = Math.max(0, all - total);
        firstPage = first.hits().hits();
    }

    /** How many hits of the kinds asked for match the search, read or not. */
    public long total() {
        return total;
    }

    /** How many hits match the search but are of other kinds, and are not read. */
    public long leftOut() {
        return leftOut;
    }

    /** How many hits are read: the total, or the limit when there are more. */
    public long exported() {
        return Math.min(total, limit);
    }

    /** Whether more hits match than the limit lets through. */
    public boolean isTruncated() {
        return total > limit;
    }

    /**
     * Hands the hits to {@code reader} a page at a time, in the search's order, up to the limit. The pages after the
     * first are read as the reader asks for them, so a slow reader (a slow download) holds only the page in hand.
     *
     * @throws SearchUnavailableException when the cluster fails between pages
     */
    public void forEachPage(PageReader reader) throws IOException {
        List<Hit<HitSource>> page = firstPage;
        firstPage = List.of();
        int read = 0;
        int asked = Math.min(PAGE_SIZE, limit);
        while (!page.isEmpty()) {
            List<ExportHit> hits = new ArrayList<>(page.size());
            for (Hit<HitSource> hit : page) {
                HitSource source = hit.source();
                if (source != null && source.id() != null && source.kind() != null) {
                    hits.add(Searches.exportHit(source));
                }
            }
            reader.read(hits);
            read += page.size();
            if (page.size() < asked || read >= limit) {
                break;
            }
            asked = Math.min(PAGE_SIZE, limit - read);
            page = pager.page(pitId, page.get(page.size() - 1).sort(), asked).hits().hits();
        }
    }

    /** Frees the point in time. */
    @Override
    public void close() {
        if (open) {
            open = false;
            closer.accept(pitId);
        }
    }
}
