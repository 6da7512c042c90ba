package org.primarysources.archive.ui.search;

import com.vaadin.flow.router.QueryParameters;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.search.export.ExportFormat;
import org.primarysources.archive.search.query.SearchMode;
import org.primarysources.archive.search.query.SearchRequest;
import org.primarysources.archive.search.query.SearchSort;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A researcher's search as it stands in the address bar, so it can be bookmarked and shared:
 * {@code ?q=Sesupe&mode=exact&kind=quote&source=3&speaker=…&language=lt&decade=1930&sort=date&page=2}.
 * Values that make no sense are dropped rather than refused: a mistyped link still opens a search.
 *
 * @param page the page shown, counted from 1 as people count
 */
record SearchQuery(String q, SearchMode mode, SortedSet<RecordKind> kinds, SortedSet<Long> sources,
                   SortedSet<String> speakers, SortedSet<String> languages, SortedSet<Integer> decades,
                   SearchSort sort, int page) {

    /**
     * Hits per page. Ten, not more: the first page is what every visitor waits for, and each hit card is a few KB
     * of UI to build in the browser (see docs/benchmarks.md, "First search page").
     */
    static final int PAGE_SIZE = 10;
    /** The deepest page a link may ask for: the first 10,000 hits; search engines refuse to page further anyway. */
    static final int MAX_PAGE = 10_000 / PAGE_SIZE;

    SearchQuery {
        q = q == null ? "" : q.strip();
        mode = mode == null ? SearchMode.FOLDED : mode;
        kinds = new TreeSet<>(kinds);
        sources = new TreeSet<>(sources);
        speakers = new TreeSet<>(speakers);
        languages = new TreeSet<>(languages);
        decades = new TreeSet<>(decades);
        sort = sort == null ? SearchSort.RELEVANCE : sort;
        page = Math.max(1, Math.min(page, MAX_PAGE));
    }

    static SearchQuery everything() {
        return new SearchQuery("", SearchMode.FOLDED, new TreeSet<>(), new TreeSet<>(), new TreeSet<>(),
                new TreeSet<>(), new TreeSet<>(), SearchSort.RELEVANCE, 1);
    }

    static SearchQuery of(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        return new SearchQuery(
                first(values, "q").orElse(""),
                first(values, "mode").filter("exact"::equalsIgnoreCase).map(m -> SearchMode.EXACT).orElse(null),
                all(values, "kind", value -> RecordKind.valueOf(value.toUpperCase(Locale.ROOT))),
                all(values, "source", Long::valueOf),
                all(values, "speaker", Function.identity()),
                all(values, "language", Function.identity()),
                all(values, "decade", SearchQuery::decade),
                first(values, "sort").filter("date"::equalsIgnoreCase).map(s -> SearchSort.DATE).orElse(null),
                first(values, "page").flatMap(SearchQuery::number).orElse(1));
    }

    /** The parameters of this search, leaving out what is as it would be by default. */
    QueryParameters toParameters() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (!q.isEmpty()) {
            values.put("q", List.of(q));
        }
        if (mode == SearchMode.EXACT) {
            values.put("mode", List.of("exact"));
        }
        put(values, "kind", kinds.stream().map(kind -> kind.name().toLowerCase(Locale.ROOT)).toList());
        put(values, "source", sources.stream().map(String::valueOf).toList());
        put(values, "speaker", List.copyOf(speakers));
        put(values, "language", List.copyOf(languages));
        put(values, "decade", decades.stream().map(String::valueOf).toList());
        if (sort == SearchSort.DATE) {
            values.put("sort", List.of("date"));
        }
        if (page > 1) {
            values.put("page", List.of(String.valueOf(page)));
        }
        return new QueryParameters(values);
    }

    /**
     * The address of this search's results as a file in {@code format} ({@code /api/search/export}, every hit, not a
     * page of them), relative to the page's base address (the archive's root).
     */
    String exportLink(ExportFormat format) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("format", List.of(format.param()));
        values.putAll(toParameters().getParameters());
        values.remove("page");
        return "api/search/export?" + new QueryParameters(values).getQueryString();
    }

    SearchRequest toRequest() {
        return new SearchRequest(q, Set.copyOf(kinds), Set.copyOf(sources), Set.copyOf(speakers),
                Set.copyOf(languages), Set.copyOf(decades), mode, sort, page - 1, PAGE_SIZE);
    }

    boolean isFiltered() {
        return !kinds.isEmpty() || !sources.isEmpty() || !speakers.isEmpty() || !languages.isEmpty()
                || !decades.isEmpty();
    }

    SearchQuery withQ(String newQ) {
        return new SearchQuery(newQ, mode, kinds, sources, speakers, languages, decades, sort, 1);
    }

    SearchQuery withMode(SearchMode newMode) {
        return new SearchQuery(q, newMode, kinds, sources, speakers, languages, decades, sort, 1);
    }

    SearchQuery withSort(SearchSort newSort) {
        return new SearchQuery(q, mode, kinds, sources, speakers, languages, decades, newSort, 1);
    }

    SearchQuery withPage(int newPage) {
        return new SearchQuery(q, mode, kinds, sources, speakers, languages, decades, sort, newPage);
    }

    /** The same search with one facet's selection replaced: {@code kind}, {@code source}, … as in the URL. */
    SearchQuery withFacet(String facet, Collection<String> selected) {
        SearchQuery changed = of(new QueryParameters(Map.of(facet, List.copyOf(selected))));
        return switch (facet) {
            case "kind" -> new SearchQuery(q, mode, changed.kinds, sources, speakers, languages, decades, sort, 1);
            case "source" -> new SearchQuery(q, mode, kinds, changed.sources, speakers, languages, decades, sort, 1);
            case "speaker" -> new SearchQuery(q, mode, kinds, sources, changed.speakers, languages, decades, sort, 1);
            case "language" -> new SearchQuery(q, mode, kinds, sources, speakers, changed.languages, decades, sort, 1);
            case "decade" -> new SearchQuery(q, mode, kinds, sources, speakers, languages, changed.decades, sort, 1);
            default -> throw new IllegalArgumentException("no facet " + facet);
        };
    }

    /** The selected values of one facet as they stand in the URL (and in the search result's facet keys). */
    Set<String> selected(String facet) {
        List<String> values = toParameters().getParameters().get(facet);
        return values == null ? Set.of() : Set.copyOf(values.stream()
                .map(value -> facet.equals("kind") ? value.toUpperCase(Locale.ROOT) : value).toList());
    }

    SearchQuery withoutFilters() {
        return new SearchQuery(q, mode, new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>(),
                new TreeSet<>(), sort, 1);
    }

    private static Optional<String> first(Map<String, List<String>> values, String name) {
        List<String> found = values.get(name);
        return found == null ? Optional.empty() : found.stream().filter(v -> !v.isBlank()).findFirst();
    }

    private static <T extends Comparable<T>> SortedSet<T> all(Map<String, List<String>> values, String name,
                                                               Function<String, T> parse) {
        SortedSet<T> parsed = new TreeSet<>();
        for (String value : values.getOrDefault(name, List.of())) {
            if (value.isBlank()) {
                continue;
            }
            try {
                parsed.add(parse.apply(value.strip()));
            } catch (IllegalArgumentException e) {
                // a value this archive does not know, e.g. from an old link: leave that filter out
            }
        }
        return parsed;
    }

    private static Optional<Integer> number(String value) {
        try {
            return Optional.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Integer decade(String value) {
        int year = Integer.parseInt(value);
        if (year < 0 || year > 9999 || year % 10 != 0) {
            throw new IllegalArgumentException("not a decade: " + value);
        }
        return year;
    }

    private static void put(Map<String, List<String>> values, String name, List<String> list) {
        if (!list.isEmpty()) {
            values.put(name, list);
        }
    }
}
