package org.primarysources.archive.core.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Holds the search index to the database, for the audit: every published record (not retracted) and every published
 * source is a document at its published version, and there is no other document. What still waits in the outbox is
 * catching up, not a difference. Reads only.
 */
@ApplicationScoped
@Transactional
public class IndexComparison {

    /** A little more than the relay's tick (one second). */
    private static final long SECOND_LOOK_AFTER_MILLIS = 1_500;

    private final EntityManager em;
    private final RecordIndexer indexer;

    @Inject
    public IndexComparison(EntityManager em, RecordIndexer indexer) {
        this.em = em;
        this.indexer = indexer;
    }

    /** Only for the CDI client proxy. */
    protected IndexComparison() {
        this(null, null);
    }

    /** A document the index has wrong, missing or too many. */
    public record Difference(String item, long id, String problem) {
    }

    /**
     * The differences, by document; the documents compared in {@code compared} (a one-element array). The index and
     * the database are read one after the other while the archive goes on publishing and relaying, so a difference
     * counts only if a second look, a relay tick later, finds it again.
     */
    public List<Difference> compare(long[] compared) {
        List<Difference> first = once(compared);
        if (first.isEmpty()) {
            return first;
        }
        try {
            Thread.sleep(SECOND_LOOK_AFTER_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return first;
        }
        List<Difference> again = once(compared);
        return first.stream().filter(again::contains).toList();
    }

    private List<Difference> once(long[] compared) {
        Map<String, Long> indexed = indexer.documentVersions();
        compared[0] = indexed.size();
        Map<String, Long> published = new TreeMap<>();
        rows("SELECT id, published_version FROM record WHERE published_version > 0 AND retracted = FALSE")
                .forEach(r -> published.put(Long.toString(((Number) r[0]).longValue()), ((Number) r[1]).longValue()));
        rows("SELECT id, published_version FROM source WHERE published_version > 0")
                .forEach(r -> published.put("source-" + ((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        Set<String> waiting = new HashSet<>();
        rows("SELECT item, record_id FROM outbox").forEach(r -> waiting.add(
                ("SOURCE".equals(r[0]) ? "source-" : "") + ((Number) r[1]).longValue()));

        List<Difference> differences = new ArrayList<>();
        Map<String, Long> unseen = new HashMap<>(indexed);
        published.forEach((document, version) -> {
            Long found = unseen.remove(document);
            if (waiting.contains(document) || version.equals(found)) {
                return;
            }
            differences.add(difference(document, found == null ? "is published but missing from the search index"
                    : "is searchable at version " + found + ", but its published version is " + version));
        });
        unseen.forEach((document, version) -> {
            if (!waiting.contains(document)) {
                differences.add(difference(document, "is searchable (version " + version
                        + ") but not published: it is retracted, or gone from the database"));
            }
        });
        return differences;
    }

    private List<Object[]> rows(String query) {
        return em.createNativeQuery(query).getResultList().stream().map(row -> (Object[]) row).toList();
    }

    private static Difference difference(String document, String problem) {
        boolean source = document.startsWith("source-");
        return new Difference(source ? "source" : "record",
                Long.parseLong(source ? document.substring("source-".length()) : document), problem);
    }
}
