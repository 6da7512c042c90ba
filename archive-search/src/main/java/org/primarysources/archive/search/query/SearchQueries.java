package org.primarysources.archive.search.query;

import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.query_dsl.Operator;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch._types.query_dsl.TextQueryType;
import org.opensearch.client.opensearch.core.search.BuiltinHighlighterType;
import org.opensearch.client.opensearch.core.search.Highlight;
import org.opensearch.client.opensearch.core.search.HighlightField;
import org.opensearch.client.opensearch.core.search.HighlighterEncoder;
import org.opensearch.client.opensearch.core.search.HighlighterType;
import org.opensearch.client.opensearch.core.search.Pit;
import org.opensearch.client.opensearch.core.search.TrackHits;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.search.index.RecordLanguages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Turns a researcher's {@link SearchRequest} into an OpenSearch search: the query in {@code simple_query_string}
 * with a restricted flag set (never {@code query_string}), filters in a bool filter, facets as terms aggregations,
 * HTML-encoded highlighting. A pure function: tested as JSON without a server.
 * <p>
 * Facet counts are taken over the filtered result (the simple choice): choosing {@code kind=QUOTE} leaves only
 * QUOTE in the kind facet. Researchers widen a search by removing a filter.
 */
final class SearchQueries {

    static final String SERVER_TIMEOUT = "5s";
    /**
     * The weight of a text in its own language's analysis: two and a half times the folded text's. A word found there
     * is found as that language inflects it, the best evidence that a record says what was asked; and BM25 weighs a
     * word there by how rare it is among the records of that language only, a smaller crowd than the whole archive's
     * in the folded field, so the same rare word weighs less. Lower, and "Räte" would rank the English "rate" (a
     * folded match, counted again by the typo query) above the German "Rat" (the same word as German inflects it).
     * Every record in an analysed language, English too, gets the same weight for a word found as it was typed.
     */
    static final float LANGUAGE_BOOST = 2.5f;
    /** A translation in its own language's analysis, weighed against the text as the other translation fields are. */
    static final float TRANSLATION_LANGUAGE_BOOST = 1.75f;
    static final int HIGHLIGHT_FRAGMENT = 200;

    /** Facet name → indexed keyword field and how many buckets to return. */
    static final Map<String, Facet> FACETS;

    record Facet(String field, int size, boolean byKey) {
    }

    static {
        Map<String, Facet> facets = new LinkedHashMap<>();
        facets.put("kind", new Facet("kind", 10, false));
        facets.put("source", new Facet("sourceId", 50, false));
        facets.put("speaker", new Facet("speaker", 50, false));
        facets.put("language", new Facet("language", 50, false));
        facets.put("decade", new Facet("decade", 100, true));
        FACETS = java.util.Collections.unmodifiableMap(facets);
    }

    /** Fields read back for a hit; nothing else of a document leaves the search module. */
    static final List<String> HIT_FIELDS = List.of("id", "kind", "label", "name", "text", "speaker", "sourceId",
            "sourceTitle", "date", "verification");

    /** Fields read back for an exported hit: a hit's, and the version and language a table of results shows. */
    static final List<String> EXPORT_FIELDS = Stream.concat(HIT_FIELDS.stream(), Stream.of("version", "language"))
            .toList();

    /** Searched fields in folded mode: case and diacritics ignored, plus English stems for recall. */
    static final List<String> FOLDED_FIELDS = List.of(
            "label.folded^3", "name.folded^3", "alternativeNames.folded^2", "text.folded", "translations.text.folded",
            "speaker.folded", "sourceTitle.folded^0.5", "occasion.folded^0.5",
            "label.stemmed^1.5", "name.stemmed^1.5", "text.stemmed^0.7", "translations.text.stemmed^0.7");

    /** Searched fields in exact mode: the words as written, case and diacritics included. */
    static final List<String> EXACT_FIELDS = List.of(
            "label.exact^3", "name.exact^3", "alternativeNames.exact^2", "text.exact", "translations.text.exact",
            "speaker.exact", "sourceTitle.exact^0.5", "occasion.exact^0.5");

    /**
     * Also searched in folded mode: each text in the analysis of its own language, so that {@code Verträge} finds
     * {@code Vertrag} in a German record and {@code договора} finds {@code договор} in a Russian one
     * ({@link RecordLanguages}).
     */
    static final List<String> LANGUAGE_FIELDS = Stream.concat(
            RecordLanguages.textFields().stream().map(field -> field + "^" + LANGUAGE_BOOST),
            RecordLanguages.translationFields().stream().map(field -> field + "^" + TRANSLATION_LANGUAGE_BOOST))
            .toList();

    /**
     * The language fields are searched for queries of at most this many words. OpenSearch refuses a query of more
     * than 1,024 clauses ({@code indices.query.bool.max_clause_count}) and each word is one clause per field: the
     * folded fields alone allow {@link ResearcherQuery#MAX_TERMS} words, with the language fields too only this many.
     * A longer query (a passage pasted in) is matched as it was typed.
     */
    static final int MAX_LANGUAGE_WORDS = 32;
    /** What OpenSearch allows by default, and what the limits above are measured against. */
    static final int MAX_CLAUSES = 1024;

    /** Fields tried with typos (folded mode, plain words only). */
    static final List<String> FUZZY_FIELDS = List.of(
            "label.folded^3", "name.folded^3", "alternativeNames.folded^2", "text.folded", "translations.text.folded",
            "speaker.folded");

    /** Fields where words typed together should be found together (see {@link #proximity}). */
    static final List<String> PROXIMITY_FOLDED_FIELDS = Stream.of(
            List.of("label.stemmed", "text.stemmed", "translations.text.stemmed"),
            RecordLanguages.textFields(), RecordLanguages.translationFields()).flatMap(List::stream).toList();
    static final List<String> PROXIMITY_EXACT_FIELDS = List.of("label.exact", "text.exact", "translations.text.exact");
    static final int PROXIMITY_SLOP = 3;

    /**
     * Where a hit's highlight comes from, best first: the words as typed, then their English forms, then their forms
     * in the text's own language (a {@code textIn} field holds the same text as {@code text}).
     */
    static final List<String> FOLDED_HIGHLIGHT = Stream.concat(Stream.of("text.folded", "text.stemmed"),
            RecordLanguages.textFields().stream()).toList();
    static final List<String> EXACT_HIGHLIGHT = List.of("text.exact");

    private SearchQueries() {
    }

    static org.opensearch.client.opensearch.core.SearchRequest build(String index, SearchRequest request) {
        ResearcherQuery parsed = ResearcherQuery.parse(request.q());
        return build(index, request, parsed);
    }

    static org.opensearch.client.opensearch.core.SearchRequest build(String index, SearchRequest request,
                                                                    ResearcherQuery parsed) {
        boolean words = !parsed.isEmpty();
        return org.opensearch.client.opensearch.core.SearchRequest.of(s -> {
            s.index(index)
                    // no index behind the alias yet (nothing published): an empty result, not an error
                    .ignoreUnavailable(true)
                    .allowNoIndices(true)
                    .timeout(SERVER_TIMEOUT)
                    .trackTotalHits(TrackHits.of(t -> t.enabled(true)))
                    .from(request.page() * request.size())
                    .size(request.size())
                    .query(query(request, parsed))
                    .sort(sort(request.sort(), words))
                    .source(src -> src.filter(f -> f.includes(HIT_FIELDS)))
                    .aggregations(aggregations());
            if (words) {
                s.highlight(highlight(request.mode()));
            }
            return s;
        });
    }

    /**
     * One page of an export, read from a point in time ({@code pitId}: no index is named) after the sort values of
     * the previous page's last hit ({@code after}; null for the first page). The order is the request's, with the
     * kind as the last tie-breaker: a record and a source may share an id, and {@code search_after} needs an order
     * in which no two hits tie. Hits are only of the kinds {@code only} (a post filter, so that the first page's
     * {@code kind} aggregation still counts every match); the first page counts them all, later pages count nothing.
     */
    static org.opensearch.client.opensearch.core.SearchRequest exportPage(String pitId, String keepAlive,
            SearchRequest request, ResearcherQuery parsed, Set<RecordKind> only, int size, List<FieldValue> after) {
        List<SortOptions> order = new ArrayList<>(sort(request.sort(), !parsed.isEmpty()));
        order.add(SortOptions.of(o -> o.field(f -> f.field("kind").order(SortOrder.Asc))));
        List<FieldValue> kinds = new TreeSet<>(only).stream().map(kind -> FieldValue.of(kind.name())).toList();
        return org.opensearch.client.opensearch.core.SearchRequest.of(s -> {
            s.pit(new Pit.Builder().id(pitId).keepAlive(keepAlive).build())
                    .timeout(SERVER_TIMEOUT)
                    .size(size)
                    .query(query(request, parsed))
                    .postFilter(Query.of(q -> q.terms(t -> t.field("kind").terms(v -> v.value(kinds)))))
                    .sort(order)
                    .source(src -> src.filter(f -> f.includes(EXPORT_FIELDS)));
            if (after == null) {
                s.trackTotalHits(TrackHits.of(t -> t.enabled(true)))
                        .aggregations("kind", aggregations().get("kind"));
            } else {
                s.trackTotalHits(TrackHits.of(t -> t.enabled(false))).searchAfter(after);
            }
            return s;
        });
    }

    static Query query(SearchRequest request, ResearcherQuery parsed) {
        List<Query> filters = filters(request);
        Query words = parsed.isEmpty() ? Query.of(q -> q.matchAll(m -> m)) : words(request.mode(), parsed);
        List<Query> closeTogether = proximity(request.mode(), parsed);
        return Query.of(q -> q.bool(b -> {
            b.must(words);
            if (!closeTogether.isEmpty()) {
                b.should(closeTogether);
            }
            if (!filters.isEmpty()) {
                b.filter(filters);
            }
            return b;
        }));
    }

    /**
     * Plain words found near each other, in the order typed, rank higher ({@code stationing troops} puts
     * "station its troops" above "troops … stationed"). Optional: it only adds to the score.
     */
    private static List<Query> proximity(SearchMode mode, ResearcherQuery parsed) {
        if (!parsed.isPlainWords() || parsed.required().size() < 2
                || parsed.terms() > ResearcherQuery.MAX_FUZZY_WORDS) {
            return List.of();
        }
        List<String> fields = mode == SearchMode.EXACT ? PROXIMITY_EXACT_FIELDS : PROXIMITY_FOLDED_FIELDS;
        return List.of(Query.of(q -> q.multiMatch(m -> m
                .query(parsed.plainWords())
                .fields(fields)
                .type(TextQueryType.Phrase)
                .slop(PROXIMITY_SLOP)
                .boost(2f))));
    }

    /** The fields the words are looked for in. */
    static List<String> fields(SearchMode mode, ResearcherQuery parsed) {
        if (mode == SearchMode.EXACT) {
            return EXACT_FIELDS;
        }
        if (parsed.terms() > MAX_LANGUAGE_WORDS) {
            return FOLDED_FIELDS;
        }
        return Stream.concat(FOLDED_FIELDS.stream(), LANGUAGE_FIELDS.stream()).toList();
    }

    private static Query words(SearchMode mode, ResearcherQuery parsed) {
        boolean exact = mode == SearchMode.EXACT;
        Query main = Query.of(q -> q.simpleQueryString(s -> s
                .query(parsed.simpleQueryString())
                .fields(fields(mode, parsed))
                .defaultOperator(Operator.And)
                .flags(f -> f.multiple(ResearcherQuery.FLAGS))
                .analyzeWildcard(false)
                .autoGenerateSynonymsPhraseQuery(false)
                .lenient(true)));
        if (exact || !parsed.isPlainWords() || parsed.terms() > ResearcherQuery.MAX_FUZZY_WORDS) {
            return main;
        }
        // typos: one or two edits on longer words only (AUTO:5,8 — none below 5 letters, two from 8), always
        // ranked below the exact spelling
        Query typos = Query.of(q -> q.multiMatch(m -> m
                .query(parsed.plainWords())
                .fields(FUZZY_FIELDS)
                .type(TextQueryType.BestFields)
                .operator(Operator.And)
                .fuzziness("AUTO:5,8")
                .prefixLength(1)
                .maxExpansions(20)
                .boost(0.3f)));
        return Query.of(q -> q.bool(b -> b.should(main, typos).minimumShouldMatch("1")));
    }

    static List<Query> filters(SearchRequest request) {
        List<Query> filters = new ArrayList<>();
        terms(filters, "kind", request.kinds(), kind -> FieldValue.of(kind.name()));
        terms(filters, "sourceId", request.sources(), FieldValue::of);
        terms(filters, "speaker", request.speakers(), FieldValue::of);
        terms(filters, "language", request.languages(), FieldValue::of);
        terms(filters, "decade", request.decades(), decade -> FieldValue.of(decade.longValue()));
        return filters;
    }

    private static <T extends Comparable<T>> void terms(List<Query> filters, String field, Collection<T> values,
                                                        Function<T, FieldValue> value) {
        if (values.isEmpty()) {
            return;
        }
        // sorted: the same request always makes the same JSON (cache friendly, testable)
        List<FieldValue> sorted = new TreeSet<>(values).stream().map(value).toList();
        filters.add(Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(sorted)))));
    }

    static List<SortOptions> sort(SearchSort sort, boolean words) {
        List<SortOptions> order = new ArrayList<>();
        if (sort == SearchSort.DATE) {
            order.add(SortOptions.of(o -> o.field(f -> f.field("dateSort").order(SortOrder.Asc)
                    .missing(FieldValue.of("_last")))));
        } else if (words) {
            order.add(SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc))));
        }
        // ties (and relevance without words) by id: a stable order, so pages never overlap
        order.add(SortOptions.of(o -> o.field(f -> f.field("id").order(SortOrder.Asc))));
        return order;
    }

    static Map<String, Aggregation> aggregations() {
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        FACETS.forEach((name, facet) -> aggregations.put(name, Aggregation.of(a -> a.terms(t -> {
            t.field(facet.field()).size(facet.size());
            if (facet.byKey()) {
                t.order(Map.of("_key", SortOrder.Asc));
            }
            return t;
        }))));
        return aggregations;
    }

    static Highlight highlight(SearchMode mode) {
        List<String> fields = mode == SearchMode.EXACT ? EXACT_HIGHLIGHT : FOLDED_HIGHLIGHT;
        Map<String, HighlightField> highlighted = new LinkedHashMap<>();
        for (String field : fields) {
            highlighted.put(field, HighlightField.of(h -> h));
        }
        return Highlight.of(h -> h
                .type(HighlighterType.of(t -> t.builtin(BuiltinHighlighterType.Unified)))
                .encoder(HighlighterEncoder.Html)
                .preTags("<mark>")
                .postTags("</mark>")
                .fragmentSize(HIGHLIGHT_FRAGMENT)
                .numberOfFragments(1)
                .requireFieldMatch(true)
                .fields(highlighted));
    }
}
