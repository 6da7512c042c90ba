package org.primarysources.archive.search.query;

import jakarta.json.stream.JsonParser;
import org.junit.jupiter.api.Test;
import org.opensearch.client.json.JsonpDeserializer;
import org.opensearch.client.json.JsonpMapper;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.primarysources.archive.core.citation.Verification;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.record.SourceRef;
import org.primarysources.archive.search.index.TestClients;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;

/** How an OpenSearch answer becomes a {@link SearchResult} (the JSON is what the node sends). */
class SearchesTest {

    private static final String ANSWER = """
            {"took": 3, "timed_out": false,
             "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0},
             "hits": {"total": {"value": 42, "relation": "eq"}, "max_score": 2.5, "hits": [
               {"_index": "archive-records-v1-1", "_id": "7", "_score": 2.5,
                "_source": {"id": 7, "kind": "CLAUSE", "label": "Article VII",
                            "text": "Sovereignty is not affected by this treaty", "sourceId": 11,
                            "sourceTitle": "Treaty of Mutual Assistance", "date": "1939-10-10",
                            "verification": "VERIFIED"},
                "highlight": {"text.stemmed": ["<mark>Sovereignty</mark> is not affected"],
                              "text.folded": ["<mark>Sovereignty</mark> is not affected by this treaty"]}},
               {"_index": "archive-records-v1-1", "_id": "9", "_score": 1.0,
                "_source": {"id": 9, "kind": "ENTITY", "name": "Juozas Urbšys",
                            "text": "Minister <b>&</b> diplomat"}}
             ]},
             "aggregations": {
               "sterms#kind": {"doc_count_error_upper_bound": 0, "sum_other_doc_count": 0,
                               "buckets": [{"key": "CLAUSE", "doc_count": 9}, {"key": "ENTITY", "doc_count": 1}]},
               "lterms#source": {"doc_count_error_upper_bound": 0, "sum_other_doc_count": 0,
                                 "buckets": [{"key": 11, "doc_count": 9}]},
               "sterms#speaker": {"doc_count_error_upper_bound": 0, "sum_other_doc_count": 0, "buckets": []},
               "sterms#language": {"doc_count_error_upper_bound": 0, "sum_other_doc_count": 0,
                                   "buckets": [{"key": "en", "doc_count": 10}]},
               "lterms#decade": {"doc_count_error_upper_bound": 0, "sum_other_doc_count": 0,
                                 "buckets": [{"key": 1930, "doc_count": 9}]}
             }}
            """;

    @Test
    void hitsCarryTheirFieldsAndTheBestMarkedFragment() {
        SearchResult result = Searches.result(parse(ANSWER), SearchMode.FOLDED);

        assertThat(result.total()).isEqualTo(42);
        SearchHit clause = result.hits().get(0);
        assertThat(clause.id()).isEqualTo(7);
        assertThat(clause.kind()).isEqualTo(RecordKind.CLAUSE);
        assertThat(clause.label()).isEqualTo("Article VII");
        assertThat(clause.source()).isEqualTo(new SourceRef(11, "Treaty of Mutual Assistance"));
        assertThat(clause.date()).isEqualTo("1939-10-10");
        assertThat(clause.verification()).isEqualTo(Verification.VERIFIED);
        assertThat(clause.highlight()).isEqualTo("<mark>Sovereignty</mark> is not affected by this treaty");
    }

    @Test
    void anEntityIsLabelledByItsNameAndWithoutHighlightShowsItsEscapedText() {
        SearchHit entity = Searches.result(parse(ANSWER), SearchMode.FOLDED).hits().get(1);

        assertThat(entity.kind()).isEqualTo(RecordKind.ENTITY);
        assertThat(entity.label()).isEqualTo("Juozas Urbšys");
        assertThat(entity.source()).isNull();
        assertThat(entity.highlight()).isEqualTo("Minister &lt;b&gt;&amp;&lt;/b&gt; diplomat");
    }

    @Test
    void facetsCountByKeyInTheOrderOpenSearchGave() {
        SearchResult result = Searches.result(parse(ANSWER), SearchMode.FOLDED);

        assertThat(result.facets()).containsOnlyKeys("kind", "source", "speaker", "language", "decade");
        assertThat(result.facets().get("kind")).containsExactly(
                java.util.Map.entry("CLAUSE", 9L), java.util.Map.entry("ENTITY", 1L));
        assertThat(result.facets().get("source")).containsExactly(java.util.Map.entry("11", 9L));
        assertThat(result.facets().get("speaker")).isEmpty();
        assertThat(result.facets().get("decade")).containsExactly(java.util.Map.entry("1930", 9L));
    }

    @Test
    void noIndexYetIsAnEmptyResult() {
        SearchResult result = Searches.result(parse("""
                {"took": 0, "timed_out": false, "_shards": {"total": 0, "successful": 0, "skipped": 0, "failed": 0},
                 "hits": {"total": {"value": 0, "relation": "eq"}, "max_score": 0.0, "hits": []}}
                """), SearchMode.FOLDED);

        assertThat(result.total()).isZero();
        assertThat(result.hits()).isEmpty();
        assertThat(result.facets().get("kind")).isEmpty();
    }

    @Test
    void aLongTextIsCutAfterAWord() {
        String text = "word ".repeat(100);

        String start = Highlights.of(null, SearchQueries.FOLDED_HIGHLIGHT, text);

        assertThat(start).endsWith("word…").hasSizeLessThanOrEqualTo(SearchQueries.HIGHLIGHT_FRAGMENT + 1);
    }

    @Test
    void theStartOfATextIsStrippedAndKeepsItsLines() {
        assertThat(Highlights.start("  line one\nline two  ", 200)).isEqualTo("line one\nline two");
    }

    @Test
    void aWordEndingRightAtTheLengthIsKeptWhole() {
        String text = "a".repeat(150) + " " + "b".repeat(49) + " more words";

        assertThat(Highlights.start(text, 200)).isEqualTo("a".repeat(150) + " " + "b".repeat(49) + "…");
    }

    @Test
    void aTextWithoutABreakPastHalfWayIsCutAtTheLength() {
        assertThat(Highlights.start("x".repeat(300), 200)).isEqualTo("x".repeat(200) + "…");
        assertThat(Highlights.start("a " + "x".repeat(300), 200)).isEqualTo("a " + "x".repeat(198) + "…");
    }

    @Test
    void noWhitespaceIsLeftBeforeTheEllipsis() {
        String text = "a".repeat(150) + "\n " + "b".repeat(100);

        assertThat(Highlights.start(text, 200)).isEqualTo("a".repeat(150) + "…");
    }

    @Test
    void aSourceHitCarriesTheOpeningOfItsTranscriptionCutAfterAWord() {
        String transcription = "word ".repeat(80).strip();
        SearchHit source = Searches.result(parse(sourceAnswer(transcription)), SearchMode.FOLDED).hits().get(0);
        SearchHit shortSource = Searches.result(parse(sourceAnswer("Article I. Peace.")), SearchMode.FOLDED)
                .hits().get(0);

        assertThat(source.text()).isEqualTo("word ".repeat(60).strip() + " …");
        assertThat(shortSource.text()).isEqualTo("Article I. Peace.");
    }

    private static String sourceAnswer(String transcription) {
        return """
                {"took": 1, "timed_out": false,
                 "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0},
                 "hits": {"total": {"value": 1, "relation": "eq"}, "max_score": 1.0, "hits": [
                   {"_index": "archive-records-v1-1", "_id": "s3", "_score": 1.0,
                    "_source": {"id": 3, "kind": "SOURCE", "name": "Treaty", "text": "%s"}}]}}
                """.formatted(transcription);
    }

    private static SearchResponse<HitSource> parse(String json) {
        JsonpMapper mapper = TestClients.jsonMapper();
        try (JsonParser parser = mapper.jsonProvider().createParser(new StringReader(json))) {
            return SearchResponse.createSearchResponseDeserializer(JsonpDeserializer.of(HitSource.class))
                    .deserialize(parser, mapper);
        }
    }
}
