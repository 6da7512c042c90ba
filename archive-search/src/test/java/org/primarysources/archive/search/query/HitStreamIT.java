package org.primarysources.archive.search.query;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.search.index.TestClients;
import org.primarysources.archive.search.testing.IndexedRecords;
import org.primarysources.archive.search.testing.PublishedRecords;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An export's hits read page by page from a point in time on the build's OpenSearch node: more hits than fit in
 * two pages, in the search's own order, each once, up to a limit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HitStreamIT {

    private static final int CLAUSES = 1_234;
    private static final int ENTITIES = 21;
    private static final Set<RecordKind> CITABLE = EnumSet.of(RecordKind.CLAUSE, RecordKind.QUOTE);

    private IndexedRecords indexed;
    private Searches searches;

    @BeforeAll
    void indexTheRecords() throws IOException {
        List<RecordDetails> records = Stream.concat(
                IntStream.rangeClosed(1, CLAUSES).mapToObj(n -> PublishedRecords.aClause().labelled("Article " + n)
                        .saying("Clause " + n + (n % 3 == 0 ? " of the treaty on troops" : " of the treaty"))
                        .on(String.format("19%02d-01-01", n % 100)).build()),
                IntStream.rangeClosed(1, ENTITIES).mapToObj(n -> PublishedRecords.anEntity().named("Party " + n)
                        .describedAs("A party to the treaty").build())).toList();
        indexed = IndexedRecords.of("it-export", records);
        searches = new Searches(indexed.client(), indexed.alias());
    }

    @AfterAll
    void removeTheIndex() throws IOException {
        indexed.close();
    }

    @Test
    void everyCitableHitIsReadOnceInPagesBeyondTheFirstAndTheOthersAreCounted() throws IOException {
        List<List<ExportHit>> pages = new ArrayList<>();
        try (HitStream stream = searches.stream(SearchRequest.of(""), CITABLE, 10_000)) {
            assertThat(stream.total()).isEqualTo(CLAUSES);
            assertThat(stream.leftOut()).isEqualTo(ENTITIES);
            assertThat(stream.isTruncated()).isFalse();
            stream.forEachPage(pages::add);
        }

        List<ExportHit> hits = pages.stream().flatMap(List::stream).toList();
        assertThat(pages).hasSize(3).allSatisfy(page -> assertThat(page).hasSizeLessThanOrEqualTo(HitStream.PAGE_SIZE));
        assertThat(hits).hasSize(CLAUSES).allSatisfy(hit -> assertThat(hit.kind()).isEqualTo(RecordKind.CLAUSE));
        assertThat(hits).extracting(ExportHit::id).doesNotHaveDuplicates().isSorted();
        assertThat(hits.get(0).version()).isEqualTo(1);
        assertThat(hits.get(0).label()).startsWith("Article ");
    }

    @Test
    void theHitsComeInTheOrderTheSearchPagesShowThem() throws IOException {
        SearchRequest byDate = new SearchRequest("troops", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null,
                SearchSort.DATE, 0, 100);
        List<Long> paged = new ArrayList<>();
        for (int page = 0; page * 100 < searches.search(byDate).total(); page++) {
            searches.search(byDate.withPage(page)).hits().forEach(hit -> paged.add(hit.id()));
        }

        List<Long> streamed = new ArrayList<>();
        try (HitStream stream = searches.stream(byDate, EnumSet.allOf(RecordKind.class), 10_000)) {
            stream.forEachPage(page -> page.forEach(hit -> streamed.add(hit.id())));
        }

        assertThat(paged).hasSize(CLAUSES / 3);
        assertThat(streamed).isEqualTo(paged);
    }

    @Test
    void theLimitCutsTheExportAfterTheFirstHitsInOrder() throws IOException {
        List<Long> all = new ArrayList<>();
        try (HitStream stream = searches.stream(SearchRequest.of("treaty"), CITABLE, 10_000)) {
            stream.forEachPage(page -> page.forEach(hit -> all.add(hit.id())));
        }
        List<Long> first = new ArrayList<>();
        try (HitStream stream = searches.stream(SearchRequest.of("treaty"), CITABLE, 1_100)) {
            assertThat(stream.isTruncated()).isTrue();
            assertThat(stream.exported()).isEqualTo(1_100);
            assertThat(stream.total()).isEqualTo(CLAUSES);
            stream.forEachPage(page -> page.forEach(hit -> first.add(hit.id())));
        }

        assertThat(first).hasSize(1_100).isEqualTo(all.subList(0, 1_100));
    }

    @Test
    void entitiesAloneLeaveNothingToCite() throws IOException {
        SearchRequest entities = new SearchRequest("", Set.of(RecordKind.ENTITY), Set.of(), Set.of(), Set.of(),
                Set.of(), null, null, 0, 20);
        List<ExportHit> hits = new ArrayList<>();
        try (HitStream stream = searches.stream(entities, CITABLE, 10_000)) {
            assertThat(stream.total()).isZero();
            assertThat(stream.leftOut()).isEqualTo(ENTITIES);
            stream.forEachPage(hits::addAll);
        }

        assertThat(hits).isEmpty();
    }

    @Test
    void anArchiveWithNothingIndexedExportsNothing() throws IOException {
        OpenSearchClient client = TestClients.itNode();
        try (HitStream stream = new Searches(client, "it-export-nothing-" + System.nanoTime())
                .stream(SearchRequest.of(""), CITABLE, 10_000)) {
            List<ExportHit> hits = new ArrayList<>();
            stream.forEachPage(hits::addAll);

            assertThat(stream.total()).isZero();
            assertThat(hits).isEmpty();
        } finally {
            TestClients.close(client);
        }
    }
}
