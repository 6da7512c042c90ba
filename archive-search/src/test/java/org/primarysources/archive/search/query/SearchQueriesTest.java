package org.primarysources.archive.search.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.search.index.RecordLanguages;
import org.primarysources.archive.search.index.TestClients;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The search OpenSearch receives, as JSON, built without a server. */
class SearchQueriesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALIAS = "archive-records";

    @Test
    void wordsGoToSimpleQueryStringWithRestrictedFlagsNeverToQueryString() throws Exception {
        JsonNode body = body(SearchRequest.of("sovereignty \"mutual assistance\" -war OR peace"));

        JsonNode simple = find(body, "simple_query_string").get(0);
        assertThat(simple.get("flags").asText()).isEqualTo("AND|OR|NOT|PHRASE|PRECEDENCE|WHITESPACE|ESCAPE");
        assertThat(simple.get("flags").asText()).doesNotContain("PREFIX", "FUZZY", "NEAR", "SLOP", "ALL");
        assertThat(simple.get("default_operator").asText()).isEqualToIgnoringCase("and");
        assertThat(simple.get("analyze_wildcard").asBoolean()).isFalse();
        assertThat(simple.get("query").asText()).isEqualTo("sovereignty \"mutual assistance\" peace -war");
        assertThat(find(body, "query_string")).isEmpty();
    }

    @Test
    void userTextNeverNamesAField() throws Exception {
        JsonNode body = body(SearchRequest.of("_exists_:hash title:secret *:* /.*/"));

        assertThat(find(body, "simple_query_string").get(0).get("query").asText())
                .isEqualTo("_exists_\\:hash title\\:secret");
        assertThat(find(body, "query_string")).isEmpty();
        assertThat(find(body, "regexp")).isEmpty();
        assertThat(find(body, "wildcard")).isEmpty();
    }

    @Test
    void foldedModeSearchesFoldedAndStemmedFieldsExactModeOnlyExactOnes() throws Exception {
        JsonNode folded = find(body(SearchRequest.of("Sesupe")), "simple_query_string").get(0).get("fields");
        JsonNode exact = find(body(request("Sesupe", SearchMode.EXACT)), "simple_query_string").get(0).get("fields");

        assertThat(texts(folded)).contains("text.folded", "label.folded^3", "text.stemmed^0.7")
                .allMatch(field -> field.contains(".folded") || field.contains(".stemmed")
                        || field.startsWith("textIn.") || field.startsWith("translationsIn."));
        assertThat(texts(exact)).contains("text.exact", "label.exact^3").allMatch(field -> field.contains(".exact"));
    }

    @Test
    void foldedModeAlsoSearchesEachTextInItsOwnLanguage() throws Exception {
        JsonNode folded = find(body(SearchRequest.of("Verträge")), "simple_query_string").get(0).get("fields");

        assertThat(texts(folded)).contains("textIn.de^2.5", "textIn.en^2.5", "textIn.pl^2.5", "textIn.ru^2.5",
                "translationsIn.de^1.75", "translationsIn.lt^1.75");
        assertThat(texts(folded)).containsAll(SearchQueries.FOLDED_FIELDS).containsAll(SearchQueries.LANGUAGE_FIELDS)
                .hasSize(SearchQueries.FOLDED_FIELDS.size() + SearchQueries.LANGUAGE_FIELDS.size());
        assertThat(SearchQueries.LANGUAGE_FIELDS).hasSize(2 * RecordLanguages.ANALYSED.size());
        JsonNode exact = find(body(request("Verträge", SearchMode.EXACT)), "simple_query_string").get(0);
        assertThat(texts(exact.get("fields"))).noneMatch(field -> field.startsWith("textIn")
                || field.startsWith("translationsIn"));
        JsonNode typos = body(SearchRequest.of("Verträge")).at("/query/bool/must/0/bool/should/1/multi_match");
        assertThat(texts(typos.get("fields"))).as("typos only as typed").allMatch(field -> field.contains(".folded"));
    }

    @Test
    void aQueryTooLongForTheLanguageFieldsIsMatchedAsTyped() throws Exception {
        String longest = words(SearchQueries.MAX_LANGUAGE_WORDS);
        String tooLong = words(SearchQueries.MAX_LANGUAGE_WORDS + 1);

        assertThat(texts(find(body(SearchRequest.of(longest)), "simple_query_string").get(0).get("fields")))
                .containsAll(SearchQueries.LANGUAGE_FIELDS);
        assertThat(texts(find(body(SearchRequest.of(tooLong)), "simple_query_string").get(0).get("fields")))
                .containsExactlyElementsOf(SearchQueries.FOLDED_FIELDS);
    }

    /** Each word is one clause per field; OpenSearch refuses a query of more clauses than its limit. */
    @Test
    void theLongestQueriesStayWithinOpenSearchsClauseLimit() {
        int withLanguages = SearchQueries.FOLDED_FIELDS.size() + SearchQueries.LANGUAGE_FIELDS.size();

        assertThat(SearchQueries.MAX_LANGUAGE_WORDS * withLanguages).isLessThanOrEqualTo(SearchQueries.MAX_CLAUSES);
        assertThat(ResearcherQuery.MAX_TERMS * SearchQueries.FOLDED_FIELDS.size())
                .isLessThanOrEqualTo(SearchQueries.MAX_CLAUSES);
        assertThat(ResearcherQuery.MAX_TERMS * SearchQueries.EXACT_FIELDS.size())
                .isLessThanOrEqualTo(SearchQueries.MAX_CLAUSES);
    }

    @Test
    void plainWordsAlsoMatchWithTyposRankedLower() throws Exception {
        JsonNode body = body(SearchRequest.of("sovereignity"));

        JsonNode bool = body.at("/query/bool/must/0/bool");
        assertThat(bool.get("minimum_should_match").asText()).isEqualTo("1");
        JsonNode typos = body.at("/query/bool/must/0/bool/should/1/multi_match");
        assertThat(typos.get("fuzziness").asText()).isEqualTo("AUTO:5,8");
        assertThat(typos.get("query").asText()).isEqualTo("sovereignity");
        assertThat(typos.get("boost").asDouble()).isLessThan(1);
        assertThat(texts(typos.get("fields"))).allMatch(field -> field.contains(".folded"));
    }

    @Test
    void wordsTypedTogetherRankHigherWhenFoundTogether() throws Exception {
        JsonNode body = body(SearchRequest.of("stationing troops"));

        JsonNode proximity = body.at("/query/bool/should/0/multi_match");
        assertThat(proximity.get("type").asText()).isEqualTo("phrase");
        assertThat(proximity.get("slop").asInt()).isEqualTo(3);
        assertThat(proximity.get("query").asText()).isEqualTo("stationing troops");
        assertThat(texts(proximity.get("fields"))).contains("text.stemmed", "textIn.de", "translationsIn.ru")
                .allMatch(field -> field.endsWith(".stemmed") || field.startsWith("textIn.")
                        || field.startsWith("translationsIn."));
        assertThat(body.at("/query/bool/should")).hasSize(1);
        assertThat(body(SearchRequest.of("troops")).at("/query/bool/should").isMissingNode()).isTrue();
        assertThat(body(SearchRequest.of("\"station troops\"")).at("/query/bool/should").isMissingNode()).isTrue();
    }

    @Test
    void noTyposForOperatorsExactModeOrLongQueries() throws Exception {
        assertThat(find(body(SearchRequest.of("\"virtual sacrifice\"")), "multi_match")).isEmpty();
        assertThat(find(body(SearchRequest.of("one two three four five six seven eight nine")), "fuzziness"))
                .isEmpty();
        assertThat(find(body(SearchRequest.of("a -b")), "multi_match")).isEmpty();
        assertThat(find(body(request("sovereignity", SearchMode.EXACT)), "multi_match")).isEmpty();
    }

    @Test
    void anEmptyQueryMatchesEverythingInIdOrderWithoutHighlighting() throws Exception {
        JsonNode body = body(SearchRequest.of("  "));

        assertThat(body.at("/query/bool/must/0/match_all").isObject()).isTrue();
        assertThat(body.get("sort")).hasSize(1);
        assertThat(body.at("/sort/0/id/order").asText()).isEqualTo("asc");
        assertThat(body.has("highlight")).isFalse();
    }

    @Test
    void filtersGoInABoolFilterSorted() throws Exception {
        SearchRequest request = new SearchRequest("treaty", Set.of(RecordKind.QUOTE, RecordKind.CLAUSE),
                Set.of(12L, 11L), Set.of("The New York Times"), Set.of("en"), Set.of(1930), null, null, 0, 20);

        JsonNode filters = body(request).at("/query/bool/filter");

        assertThat(filters).hasSize(5);
        assertThat(filters.at("/0/terms/kind").toString()).isEqualTo("[\"CLAUSE\",\"QUOTE\"]");
        assertThat(filters.at("/1/terms/sourceId").toString()).isEqualTo("[11,12]");
        assertThat(filters.at("/2/terms/speaker").toString()).isEqualTo("[\"The New York Times\"]");
        assertThat(filters.at("/3/terms/language").toString()).isEqualTo("[\"en\"]");
        assertThat(filters.at("/4/terms/decade").toString()).isEqualTo("[1930]");
    }

    @Test
    void facetsAreTermsAggregationsOverTheFilteredQuery() throws Exception {
        JsonNode body = body(SearchRequest.of("treaty"));

        JsonNode aggregations = body.get("aggregations");
        assertThat(texts(aggregations.fieldNames())).containsExactly("kind", "source", "speaker", "language", "decade");
        assertThat(aggregations.at("/kind/terms/field").asText()).isEqualTo("kind");
        assertThat(aggregations.at("/source/terms/field").asText()).isEqualTo("sourceId");
        assertThat(aggregations.at("/speaker/terms/field").asText()).isEqualTo("speaker");
        assertThat(aggregations.at("/decade/terms/order/0/_key").asText()).isEqualTo("asc");
        assertThat(body.has("post_filter")).isFalse();
    }

    @Test
    void highlightsAreHtmlEncodedAndMarked() throws Exception {
        JsonNode highlight = body(SearchRequest.of("treaty")).get("highlight");

        assertThat(highlight.get("encoder").asText()).isEqualTo("html");
        assertThat(highlight.at("/pre_tags/0").asText()).isEqualTo("<mark>");
        assertThat(highlight.at("/post_tags/0").asText()).isEqualTo("</mark>");
        assertThat(highlight.get("number_of_fragments").asInt()).isEqualTo(1);
        assertThat(texts(highlight.get("fields").fieldNames())).containsExactly("text.folded", "text.stemmed",
                "textIn.de", "textIn.en", "textIn.fr", "textIn.lt", "textIn.pl", "textIn.ru");
        assertThat(texts(body(request("treaty", SearchMode.EXACT)).at("/highlight/fields").fieldNames()))
                .containsExactly("text.exact");
    }

    @Test
    void sortsByDateThenIdOrByScoreThenId() throws Exception {
        SearchRequest byDate = new SearchRequest("treaty", null, null, null, null, null, null, SearchSort.DATE, 0, 20);

        JsonNode date = body(byDate).get("sort");
        assertThat(date.at("/0/dateSort/order").asText()).isEqualTo("asc");
        assertThat(date.at("/0/dateSort/missing").asText()).isEqualTo("_last");
        assertThat(date.at("/1/id/order").asText()).isEqualTo("asc");
        JsonNode relevance = body(SearchRequest.of("treaty")).get("sort");
        assertThat(relevance.at("/0/_score/order").asText()).isEqualTo("desc");
        assertThat(relevance.at("/1/id/order").asText()).isEqualTo("asc");
    }

    @Test
    void pagesAreFromAndSizeAndTotalsExact() throws Exception {
        JsonNode body = body(SearchRequest.of("treaty").withPage(3));

        assertThat(body.get("from").asInt()).isEqualTo(60);
        assertThat(body.get("size").asInt()).isEqualTo(20);
        assertThat(body.get("track_total_hits").asBoolean()).isTrue();
        assertThat(body.get("timeout").asText()).isEqualTo("5s");
        assertThat(texts(body.at("/_source/includes"))).containsExactlyElementsOf(SearchQueries.HIT_FIELDS);
    }

    @Test
    void goesThroughTheAliasAndToleratesItsAbsence() {
        var search = SearchQueries.build(ALIAS, SearchRequest.of("treaty"));

        assertThat(search.index()).containsExactly(ALIAS);
        assertThat(search.ignoreUnavailable()).isTrue();
        assertThat(search.allowNoIndices()).isTrue();
    }

    @Test
    void everyFieldQueriedIsInTheMapping() throws Exception {
        JsonNode properties = JSON.readTree(getClass().getClassLoader()
                .getResourceAsStream("search/records-index-v2.json")).at("/mappings/properties");
        List<String> fields = new ArrayList<>();
        fields.addAll(SearchQueries.FOLDED_FIELDS);
        fields.addAll(SearchQueries.LANGUAGE_FIELDS);
        fields.addAll(SearchQueries.EXACT_FIELDS);
        fields.addAll(SearchQueries.FUZZY_FIELDS);
        fields.addAll(SearchQueries.PROXIMITY_FOLDED_FIELDS);
        fields.addAll(SearchQueries.PROXIMITY_EXACT_FIELDS);
        fields.addAll(SearchQueries.FOLDED_HIGHLIGHT);
        fields.addAll(SearchQueries.EXACT_HIGHLIGHT);
        fields.addAll(SearchQueries.HIT_FIELDS);
        SearchQueries.FACETS.values().forEach(facet -> fields.add(facet.field()));
        fields.add("dateSort");

        for (String field : fields) {
            String[] path = field.replaceAll("\\^.*", "").split("\\.");
            JsonNode node = properties.get(path[0]);
            for (int i = 1; node != null && i < path.length; i++) {
                node = node.has("properties") ? node.get("properties").get(path[i]) : node.path("fields").get(path[i]);
            }
            assertThat(node).as(field).isNotNull();
        }
    }

    private static String words(int count) {
        return IntStream.range(0, count).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    }

    private static SearchRequest request(String q, SearchMode mode) {
        return new SearchRequest(q, null, null, null, null, null, mode, null, 0, 20);
    }

    private static JsonNode body(SearchRequest request) throws Exception {
        return JSON.readTree(TestClients.json(SearchQueries.build(ALIAS, request)));
    }

    /** Every object named {@code name} anywhere in the JSON. */
    private static List<JsonNode> find(JsonNode node, String name) {
        List<JsonNode> found = new ArrayList<>();
        node.findValues(name).forEach(found::add);
        return found;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static List<String> texts(java.util.Iterator<String> names) {
        List<String> values = new ArrayList<>();
        names.forEachRemaining(values::add);
        return values;
    }
}
