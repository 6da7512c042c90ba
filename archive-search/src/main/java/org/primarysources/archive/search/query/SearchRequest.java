package org.primarysources.archive.search.query;

import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.text.Shortening;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a researcher asks: words, {@code "exact phrases"}, {@code -exclusions} and {@code OR} in {@code q} (empty:
 * everything published), filters (each a set; empty = no filter), mode, sort and page.
 * <p>
 * Limits (answered with 400, naming the field): {@code q} at most {@value #MAX_QUERY_LENGTH} characters and
 * {@value ResearcherQuery#MAX_TERMS} words; pages count from 0 and hold 1 to {@value #MAX_SIZE} hits; only the
 * first {@value #MAX_DEPTH} hits of a query can be paged through ({@code (page + 1) * size} at most that) — to
 * reach further, narrow the query or add filters; at most {@value #MAX_FILTER_VALUES} values per filter.
 */
public record SearchRequest(String q, Set<RecordKind> kinds, Set<Long> sources, Set<String> speakers,
                            Set<String> languages, Set<Integer> decades, SearchMode mode, SearchSort sort,
                            int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_DEPTH = 10_000;
    public static final int MAX_QUERY_LENGTH = 1_000;
    public static final int MAX_FILTER_VALUES = 50;
    static final int MAX_FILTER_VALUE_LENGTH = 200;

    public SearchRequest {
        q = q == null ? "" : q;
        if (q.length() > MAX_QUERY_LENGTH) {
            throw new InvalidInputException("q", "a query has at most " + MAX_QUERY_LENGTH + " characters");
        }
        kinds = filter("kind", kinds, kind -> true);
        sources = filter("source", sources, id -> id > 0);
        speakers = filter("speaker", speakers, SearchRequest::reasonableText);
        languages = filter("language", languages, SearchRequest::reasonableText);
        decades = filter("decade", decades, decade -> decade % 10 == 0 && decade > -10_000 && decade < 10_000);
        mode = mode == null ? SearchMode.FOLDED : mode;
        sort = sort == null ? SearchSort.RELEVANCE : sort;
        if (page < 0) {
            throw new InvalidInputException("page", "pages count from 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "a page holds 1 to " + MAX_SIZE + " hits");
        }
        if ((long) page * size + size > MAX_DEPTH) {
            throw new InvalidInputException("page", "only the first " + MAX_DEPTH + " hits can be paged through;"
                    + " narrow the query or add filters to reach the others");
        }
    }

    /** The first page of everything matching {@code q}, best match first, in folded mode. */
    public static SearchRequest of(String q) {
        return new SearchRequest(q, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), SearchMode.FOLDED,
                SearchSort.RELEVANCE, 0, DEFAULT_SIZE);
    }

    /** The same request for another page. */
    public SearchRequest withPage(int page) {
        return new SearchRequest(q, kinds, sources, speakers, languages, decades, mode, sort, page, size);
    }

    private static <T> Set<T> filter(String field, Collection<T> values, Predicate<T> valid) {
        if (values == null || values.isEmpty()) {
            return Set.of();
        }
        Set<T> kept = new LinkedHashSet<>();
        for (T value : values) {
            if (value == null) {
                continue;
            }
            if (!valid.test(value)) {
                throw new InvalidInputException(field, "'" + Shortening.cut(String.valueOf(value), 40)
                        + "' is not a valid " + field
                        + (field.equals("decade") ? " (write it as a year ending in 0, e.g. 1930)" : ""));
            }
            kept.add(value);
        }
        if (kept.size() > MAX_FILTER_VALUES) {
            throw new InvalidInputException(field, "at most " + MAX_FILTER_VALUES + " values per filter");
        }
        return Set.copyOf(kept);
    }

    private static boolean reasonableText(String value) {
        return !value.isBlank() && value.length() <= MAX_FILTER_VALUE_LENGTH && ResearcherQuery.isWellFormed(value);
    }
}
