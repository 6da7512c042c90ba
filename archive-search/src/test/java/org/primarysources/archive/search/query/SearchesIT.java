package org.primarysources.archive.search.query;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.record.SourceRef;
import org.primarysources.archive.search.index.TestClients;
import org.primarysources.archive.search.testing.IndexedRecords;
import org.primarysources.archive.search.testing.PublishedRecords;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Searching a handful of real records on a real OpenSearch node (started by the build). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchesIT {

    private static final SourceRef PRESS = new SourceRef(12, "Press cuttings");

    private IndexedRecords indexed;
    private OpenSearchClient client;
    private String alias;
    private Searches searches;

    private final RecordDetails articleVii = PublishedRecords.aClause().labelled("Article VII")
            .saying("Sovereignty is not affected by this treaty").on("1939-10-10").build();
    private final RecordDetails articleIii = PublishedRecords.aClause().labelled("Article III")
            .saying("The Soviet Union may station its troops at agreed points").on("1939-10-10").build();
    private final RecordDetails troopsAtHome = PublishedRecords.aClause().labelled("Article IX")
            .saying("Troops of both parties remain where they are stationed").on("1939-10-10").build();
    private final RecordDetails virtualSacrifice = PublishedRecords.aQuote().by(3, "The New York Times").from(PRESS)
            .saying("virtual sacrifice of independence.").on("1939-10-11").build();
    private final RecordDetails decoy = PublishedRecords.aClause().labelled("Article X")
            .saying("Independence is no virtual sacrifice of either party").on("1939-10-10").build();
    private final RecordDetails border = PublishedRecords.aQuote().by(4, "Juozas Urbšys").from(PRESS).language("lt")
            .saying("Siena eina Šešupė upe, sakė Urbšys.").on("1939-10-07").build();
    private final RecordDetails script = PublishedRecords.aQuote().by(5, "Unknown").from(PRESS).on("1920-07-12")
            .saying("<script>alert('x')</script> & the independence of Lithuania").build();
    private final RecordDetails minister = PublishedRecords.anEntity().named("Juozas Urbšys")
            .describedAs("Lithuanian foreign minister, 1938–1940.").build();

    private final List<RecordDetails> all = List.of(articleVii, articleIii, troopsAtHome, virtualSacrifice, decoy,
            border, script, minister);

    @BeforeAll
    void indexTheRecords() throws IOException {
        indexed = IndexedRecords.of("it-search", all);
        client = indexed.client();
        alias = indexed.alias();
        searches = new Searches(client, alias);
    }

    @AfterAll
    void removeTheIndex() throws IOException {
        indexed.close();
    }

    @Test
    void foldedModeIgnoresCaseAndDiacritics() {
        assertThat(ids(search("Sesupe"))).containsExactly(border.id());
        assertThat(ids(search("urbsys"))).containsExactlyInAnyOrder(border.id(), minister.id());
        assertThat(ids(search("ŠEŠUPĖ"))).containsExactly(border.id());
        assertThat(search("Sesupe").hits().get(0).highlight()).contains("<mark>Šešupė</mark>");
        assertThat(search("Urbsys").hits().get(0).highlight())
                .isEqualTo("Siena eina Šešupė upe, sakė <mark>Urbšys</mark>.");
    }

    @Test
    void exactModeKeepsThem() {
        assertThat(search("Sesupe", SearchMode.EXACT).total()).isZero();
        assertThat(search("Urbsys", SearchMode.EXACT).total()).isZero();
        assertThat(search("sovereignty", SearchMode.EXACT).total()).isZero();
        assertThat(ids(search("Šešupė", SearchMode.EXACT))).containsExactly(border.id());
        assertThat(ids(search("Sovereignty", SearchMode.EXACT))).containsExactly(articleVii.id());
    }

    @Test
    void aPhraseWithAKindFilterFindsTheQuoteFirst() {
        SearchResult result = searches.search(new SearchRequest("\"virtual sacrifice of independence\"",
                Set.of(RecordKind.QUOTE), null, null, null, null, null, null, 0, 20));

        assertThat(result.hits()).isNotEmpty();
        assertThat(result.hits().get(0).id()).isEqualTo(virtualSacrifice.id());
        assertThat(result.hits()).allMatch(hit -> hit.kind() == RecordKind.QUOTE);
        assertThat(ids(search("\"virtual sacrifice of independence\""))).doesNotContain(decoy.id());
    }

    @Test
    void aWordWithAKindFilterFindsTheClause() {
        SearchResult result = searches.search(new SearchRequest("sovereignty", Set.of(RecordKind.CLAUSE), null, null,
                null, null, null, null, 0, 20));

        assertThat(result.hits().get(0).label()).isEqualTo("Article VII");
        assertThat(result.hits()).allMatch(hit -> hit.kind() == RecordKind.CLAUSE);
        assertThat(result.hits().get(0).source()).isEqualTo(PublishedRecords.TREATY);
        assertThat(result.hits().get(0).date()).isEqualTo("1939-10-10");
    }

    @Test
    void stemmingFindsOtherFormsOfAWord() {
        SearchResult result = search("stationing troops");

        assertThat(result.hits().get(0).id()).isEqualTo(articleIii.id());
        assertThat(ids(result)).contains(troopsAtHome.id());
    }

    @Test
    void aTypoInALongerWordStillFinds() {
        assertThat(ids(search("sovereignity"))).containsExactly(articleVii.id());
        assertThat(ids(search("Lithuanain minister"))).containsExactly(minister.id());
    }

    @Test
    void exclusionsAndOr() {
        assertThat(ids(search("independence -virtual"))).containsExactly(script.id());
        assertThat(ids(search("sovereignty OR Šešupė"))).containsExactlyInAnyOrder(articleVii.id(), border.id());
    }

    @Test
    void highlightsMarkTheWordsAndEscapeTheText() {
        SearchHit sovereignty = search("sovereignty").hits().get(0);
        SearchHit scripted = search("Lithuania", Set.of(RecordKind.QUOTE)).hits().get(0);

        assertThat(sovereignty.highlight()).contains("<mark>Sovereignty</mark>");
        assertThat(scripted.id()).isEqualTo(script.id());
        assertThat(scripted.highlight()).contains("<mark>Lithuania</mark>").contains("&lt;script&gt;")
                .doesNotContain("<script>");
        assertThat(scripted.text()).startsWith("<script>");
    }

    @Test
    void withoutMatchingWordsInTheTextTheHighlightIsItsEscapedStart() {
        SearchHit hit = searches.search(new SearchRequest("", null, null, Set.of("Unknown"), null, null, null, null,
                0, 20)).hits().get(0);

        assertThat(hit.highlight()).startsWith("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; the");
    }

    @Test
    void anEmptyQueryListsEverythingWithFacetCounts() {
        SearchResult result = search("");

        assertThat(result.total()).isEqualTo(all.size());
        assertThat(result.facets().get("kind")).containsEntry("CLAUSE", 4L).containsEntry("QUOTE", 3L)
                .containsEntry("ENTITY", 1L);
        assertThat(result.facets().get("source")).containsEntry("11", 4L).containsEntry("12", 3L);
        assertThat(result.facets().get("speaker")).containsEntry("The New York Times", 1L);
        assertThat(result.facets().get("language")).containsEntry("lt", 1L).containsEntry("en", 6L);
        assertThat(result.facets().get("decade").keySet()).containsExactly("1920", "1930");
        assertThat(ids(result)).isSorted();
    }

    @Test
    void filtersNarrowAndFacetsCountTheNarrowedResult() {
        SearchResult bySpeaker = searches.search(new SearchRequest("", null, null, Set.of("The New York Times"),
                null, null, null, null, 0, 20));
        SearchResult byLanguageAndDecade = searches.search(new SearchRequest("", null, null, null, Set.of("lt"),
                Set.of(1930), null, null, 0, 20));
        SearchResult bySource = searches.search(new SearchRequest("", null, Set.of(12L), null, null, Set.of(1920),
                null, null, 0, 20));

        assertThat(ids(bySpeaker)).containsExactly(virtualSacrifice.id());
        assertThat(bySpeaker.facets().get("kind")).containsOnlyKeys("QUOTE");
        assertThat(ids(byLanguageAndDecade)).containsExactly(border.id());
        assertThat(ids(bySource)).containsExactly(script.id());
    }

    @Test
    void sortingByDatePutsUndatedRecordsLast() {
        SearchResult result = searches.search(new SearchRequest("", null, null, null, null, null, null,
                SearchSort.DATE, 0, 20));

        List<String> dates = result.hits().stream().map(SearchHit::date).toList();
        assertThat(dates.get(0)).isEqualTo("1920-07-12");
        assertThat(dates.get(dates.size() - 1)).isNull();
        assertThat(dates.subList(0, dates.size() - 1)).isSorted();
    }

    @Test
    void pagesDoNotOverlap() {
        Set<Long> seen = new HashSet<>();
        for (int page = 0; page < 3; page++) {
            SearchResult result = searches.search(new SearchRequest("", null, null, null, null, null, null,
                    SearchSort.DATE, page, 3));
            result.hits().forEach(hit -> assertThat(seen.add(hit.id())).as("hit %d twice", hit.id()).isTrue());
        }
        assertThat(seen).hasSize(all.size());
    }

    @Test
    void entitiesAreFoundByNameAndLabelledWithIt() {
        SearchHit hit = search("Juozas", Set.of(RecordKind.ENTITY)).hits().get(0);

        assertThat(hit.label()).isEqualTo("Juozas Urbšys");
        assertThat(hit.text()).isEqualTo("Lithuanian foreign minister, 1938–1940.");
    }

    @Test
    void nothingIndexedYetIsAnEmptyResult() {
        Searches nothingYet = new Searches(client, "it-never-created-" + UUID.randomUUID());

        SearchResult result = nothingYet.search(SearchRequest.of("treaty"));

        assertThat(result.total()).isZero();
        assertThat(result.hits()).isEmpty();
    }

    static Stream<Arguments> nastyInput() {
        String manyWords = IntStream.range(0, 64).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
        return Stream.of(
                "\"", "\"unbalanced quote", "\"\"\"", "*:*", "*", "?", "_exists_:hash", "hash:*", "/.*/",
                "title:secret", "\\", "\\\\\\", "(((((", ")))", "-", "--", "- - -", "-*", "OR", "OR OR OR", "a OR",
                "~", "sovereignty~2", "sov*", "&&||!!", "+-=&&||><!(){}[]^\"~*?:\\/",
                "<script>alert(1)</script>", "%00", "\u0000", "a\uD800b", "\uDC00", "😀", "\u202Eevil",
                "中".repeat(500), "a".repeat(1_000), "word ".repeat(10_000), "x".repeat(100_000),
                manyWords, manyWords.replace(" ", " OR "), manyWords.replace(" ", " -"),
                "\"" + manyWords + "\"", "\"a\" ".repeat(64), "a".repeat(300) + " " + "b".repeat(300),
                "sovereignty AND NOT treaty", "NOT", "AND", "{\"query\": {\"match_all\": {}}}",
                "'; DROP TABLE records; --", "${jndi:ldap://x}", "%s%s%s%n"
        ).flatMap(q -> Stream.of(Arguments.of(q, SearchMode.FOLDED), Arguments.of(q, SearchMode.EXACT)));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("nastyInput")
    void anyInputGivesResultsOrA400(String q, SearchMode mode) {
        try {
            SearchResult result =
                    searches.search(new SearchRequest(q, null, null, null, null, null, mode, null, 0, 20));
            assertThat(result.total()).isGreaterThanOrEqualTo(0);
            assertThat(result.hits()).allSatisfy(hit -> assertThat(hit.highlight()).doesNotContain("<script"));
        } catch (InvalidInputException e) {
            assertThat(e.field()).isEqualTo("q");
        }
    }

    @Test
    void theLimitsAreWhereTheyAreDocumented() {
        String sixtyFour = IntStream.range(0, 64).mapToObj(i -> "w" + i).collect(Collectors.joining(" OR "));

        assertThat(search(sixtyFour).total()).isZero();
        assertThatThrownBy(() -> search(sixtyFour + " w64")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> search("x".repeat(1_001))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anUnreachableNodeIsReportedQuicklyAsUnavailable() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        OpenSearchClient nowhere = TestClients.client("http://127.0.0.1:" + port, Duration.ofSeconds(1),
                Duration.ofSeconds(2));
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThatThrownBy(
                    () -> new Searches(nowhere, alias).search(SearchRequest.of("treaty")))
                    .isInstanceOf(SearchUnavailableException.class)
                    .hasMessage("search is temporarily unavailable"));
        } finally {
            TestClients.close(nowhere);
        }
    }

    @Test
    void aNodeThatNeverAnswersTimesOutAsUnavailable() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) {
            List<Socket> held = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (!silent.isClosed()) {
                        Socket socket = silent.accept();
                        held.add(socket);
                        InputStream in = socket.getInputStream();
                        OutputStream ignored = socket.getOutputStream();
                        in.read(new byte[1024]); // read the request, never answer
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            OpenSearchClient silentNode = TestClients.client("http://127.0.0.1:" + silent.getLocalPort(),
                    Duration.ofSeconds(1), Duration.ofSeconds(1));
            try {
                assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThatThrownBy(
                        () -> new Searches(silentNode, alias).search(SearchRequest.of("treaty")))
                        .isInstanceOf(SearchUnavailableException.class));
            } finally {
                TestClients.close(silentNode);
                for (Socket socket : held) {
                    socket.close();
                }
            }
        }
    }

    private SearchResult search(String q) {
        return search(q, SearchMode.FOLDED);
    }

    private SearchResult search(String q, SearchMode mode) {
        return searches.search(new SearchRequest(q, null, null, null, null, null, mode, null, 0, 20));
    }

    private SearchResult search(String q, Set<RecordKind> kinds) {
        return searches.search(new SearchRequest(q, kinds, null, null, null, null, null, null, 0, 20));
    }

    private static List<Long> ids(SearchResult result) {
        return result.hits().stream().map(SearchHit::id).toList();
    }
}
