package org.primarysources.archive.search.query;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.List;
import java.util.Map;

/**
 * Hits of one page, the total, and facet counts: {@code kind}, {@code source} (keyed by source id),
 * {@code speaker}, {@code language}, {@code decade} (e.g. {@code "1930"}).
 */
@JsonbPropertyOrder({"total", "hits", "facets"})
public record SearchResult(long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets) {
}
