package org.primarysources.archive.search.index;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.core.GetResponse;
import org.opensearch.client.opensearch.indices.analyze.AnalyzeToken;
import org.primarysources.archive.core.outbox.IndexUnavailableException;
import org.primarysources.archive.core.outbox.RecordIndexer.Rebuild;
import org.primarysources.archive.core.outbox.RecordIndexer.Retraction;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.search.query.SearchRequest;
import org.primarysources.archive.search.query.SearchResult;
import org.primarysources.archive.search.query.Searches;
import org.primarysources.archive.search.testing.PublishedRecords;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The indexer against a real OpenSearch node (started by the build): one alias per test, removed afterwards. */
class OpenSearchRecordIndexerIT {

    private OpenSearchClient client;
    private String alias;
    private final Supplier<UUID> database = TestClients.aDatabase();
    private OpenSearchRecordIndexer indexer;

    @BeforeEach
    void connect() {
        client = TestClients.itNode();
        alias = "it-indexer-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        indexer = new OpenSearchRecordIndexer(client, alias, Clock.systemUTC(), database);
    }

    @AfterEach
    void removeIndices() throws IOException {
        client.indices().delete(d -> d.index(alias + "*").ignoreUnavailable(true).allowNoIndices(true));
        TestClients.close(client);
    }

    @Test
    void theFirstUseCreatesAVersionedIndexBehindTheAlias() throws IOException {
        assertThat(indexer.count()).isZero();

        assertThat(indicesBehindAlias()).singleElement().asString().matches(currentVersion() + "\\d{17}");
        assertThat(indexer.count()).as("idempotent").isZero();
        assertThat(indicesBehindAlias()).hasSize(1);
    }

    @Test
    void everyIndexCarriesTheIdentityOfItsDatabase() throws IOException {
        indexer.count();
        Rebuild rebuild = indexer.rebuild();
        String rebuilt = rebuild.finish();

        assertThat(databaseIdOf(rebuilt)).contains(database.get().toString());
        assertThat(indexer.reasonToRebuild()).isEmpty();
    }

    @Test
    void anIndexOfAnotherDatabaseIsNeverWrittenToUntilItIsRebuilt() throws IOException {
        RecordDetails theirs = PublishedRecords.aClause().saying("their wording").build();
        indexer.apply(List.of(theirs), List.of());
        String theirIndex = indicesBehindAlias().get(0);
        Supplier<UUID> ours = TestClients.aDatabase();
        OpenSearchRecordIndexer another = new OpenSearchRecordIndexer(client, alias, Clock.systemUTC(), ours);

        assertThat(another.reasonToRebuild()).hasValueSatisfying(reason -> assertThat(reason)
                .contains(theirIndex, database.get().toString(), ours.get().toString()));
        RecordDetails mine = PublishedRecords.aClause().withId(theirs.id()).saying("our wording").build();
        assertThatThrownBy(() -> another.apply(List.of(mine), List.of()))
                .isInstanceOf(IndexUnavailableException.class)
                .hasMessageContaining("nothing is written into it");
        assertThat(client.get(g -> g.index(alias).id(Long.toString(theirs.id())), Map.class).source())
                .containsEntry("text", "their wording");

        Rebuild rebuild = another.rebuild();
        rebuild.add(List.of(mine));
        rebuild.finish();

        assertThat(another.reasonToRebuild()).isEmpty();
        assertThat(client.get(g -> g.index(alias).id(Long.toString(mine.id())), Map.class).source())
                .containsEntry("text", "our wording");
        assertThat(new OpenSearchRecordIndexer(client, alias, Clock.systemUTC(), database).reasonToRebuild())
                .as("the first database, started again, finds an index of another database").isPresent();
    }

    @Test
    void anIndexFromBeforeIndicesWereStampedIsRebuilt() throws IOException {
        RecordsMapping unstamped = RecordsMapping.current(TestClients.jsonMapper());
        String old = alias + "-v1-20250101000000000";
        client.indices().create(c -> c.index(old).settings(unstamped.settings()).mappings(unstamped.mappings())
                .aliases(alias, a -> a.isWriteIndex(true)));

        assertThat(indexer.reasonToRebuild()).hasValueSatisfying(reason -> assertThat(reason)
                .contains(old, "carries no database identity"));
        assertThatThrownBy(() -> indexer.apply(List.of(PublishedRecords.aClause().build()), List.of()))
                .isInstanceOf(IndexUnavailableException.class);
    }

    /** What an archive's index was before the language analysers: mapping version 1, filled from this database. */
    @Test
    void anIndexOfAnOlderMappingVersionIsNeverWrittenToUntilItIsRebuilt() throws IOException {
        RecordsMapping first = RecordsMapping.load(1, TestClients.jsonMapper());
        String old = alias + "-v1-20250101000000000";
        client.indices().create(c -> c.index(old).settings(first.settings())
                .mappings(first.stampedWith(database.get())).aliases(alias, a -> a.isWriteIndex(true)));
        RecordDetails german = PublishedRecords.aClause().language("de").saying("Die Verträge bleiben").build();
        client.index(i -> i.index(alias).id(Long.toString(german.id()))
                .document(Map.of("id", german.id(), "kind", "CLAUSE", "text", german.text(), "language", "de")));

        assertThat(indexer.reasonToRebuild()).hasValueSatisfying(reason -> assertThat(reason)
                .contains(old, "mapping version 1", "version " + RecordsMapping.CURRENT_VERSION));
        assertThatThrownBy(() -> indexer.apply(List.of(german), List.of()))
                .isInstanceOf(IndexUnavailableException.class)
                .hasMessageContaining("nothing is written into it");

        Rebuild rebuild = indexer.rebuild();
        rebuild.add(List.of(german));
        String rebuilt = rebuild.finish();

        assertThat(indexer.reasonToRebuild()).isEmpty();
        assertThat(indicesBehindAlias()).containsExactly(rebuilt);
        assertThat(RecordsMapping.versionOf(client.indices().getMapping(g -> g.index(rebuilt)).result().get(rebuilt)
                .mappings())).hasValue(RecordsMapping.CURRENT_VERSION);
        assertThat(client.get(g -> g.index(alias).id(Long.toString(german.id())), Map.class).source())
                .containsEntry("textIn", Map.of("de", "Die Verträge bleiben"));
        assertThat(indexer.apply(List.of(PublishedRecords.aClause().language("de").saying("Der Vertrag").build()),
                List.of())).as("written again").isEmpty();
    }

    @Test
    void theIndexAnalysesTextFoldedExactAndStemmed() throws IOException {
        indexer.count();
        String index = indicesBehindAlias().get(0);

        assertThat(analyse(index, "folded", "Urbšys ŠEŠUPĖ")).containsExactly("urbsys", "sesupe");
        assertThat(analyse(index, "exact", "Urbšys ŠEŠUPĖ")).containsExactly("Urbšys", "ŠEŠUPĖ");
        assertThat(analyse(index, "stemmed", "Stationing the Times's troops"))
                .containsExactly("station", "the", "time", "troop");
    }

    @Test
    void anOlderVersionNeverOverwritesANewerOne() throws IOException {
        PublishedRecords.Builder clause = PublishedRecords.aClause().labelled("Article VII");
        indexer.apply(List.of(clause.version(2).saying("second wording").build()), List.of());

        indexer.apply(List.of(clause.version(1).saying("first wording").build()), List.of());

        GetResponse<Map> document = client.get(g -> g.index(alias).id(Long.toString(clause.id())), Map.class);
        assertThat(document.version()).isEqualTo(2);
        assertThat(document.source().get("text")).isEqualTo("second wording");
    }

    @Test
    void listsEveryDocumentWithItsVersionAcrossPages() throws IOException {
        List<RecordDetails> many = new java.util.ArrayList<>();
        for (int i = 0; i < 2_100; i++) { // more than two pages of the listing
            many.add(PublishedRecords.aClause().version(1 + i % 3).build());
        }
        indexer.apply(many, List.of());
        refresh();

        Map<String, Long> versions = indexer.documentVersions();

        assertThat(versions).hasSize(2_100);
        many.forEach(record -> assertThat(versions).containsEntry(Long.toString(record.id()),
                (long) record.version()));
    }

    @Test
    void replayingABatchChangesNothing() throws IOException {
        List<RecordDetails> batch = List.of(PublishedRecords.aClause().build(), PublishedRecords.aQuote().build());

        indexer.apply(batch, List.of());
        indexer.apply(batch, List.of());

        refresh();
        assertThat(indexer.count()).isEqualTo(2);
    }

    @Test
    void aRetractionDeletesTheDocumentAndALateOlderVersionDoesNotBringItBack() throws IOException {
        PublishedRecords.Builder quote = PublishedRecords.aQuote();
        RecordDetails kept = PublishedRecords.aQuote().build();
        indexer.apply(List.of(quote.build(), kept), List.of());

        indexer.apply(List.of(), List.of(new Retraction(quote.id(), 2)));
        indexer.apply(List.of(quote.version(1).build()), List.of());

        refresh();
        assertThat(exists(quote.id())).isFalse();
        assertThat(exists(kept.id())).isTrue();
        assertThat(indexer.count()).isEqualTo(1);
    }

    @Test
    void anOlderRetractionLeavesANewerVersion() throws IOException {
        PublishedRecords.Builder quote = PublishedRecords.aQuote().version(3);
        indexer.apply(List.of(quote.build()), List.of());

        indexer.apply(List.of(), List.of(new Retraction(quote.id(), 2)));

        assertThat(exists(quote.id())).isTrue();
    }

    @Test
    void retractingWhatWasNeverIndexedIsFine() throws IOException {
        indexer.apply(List.of(), List.of(new Retraction(987_654, 4)));
        indexer.apply(List.of(PublishedRecords.aQuote().retracted().build()), List.of());

        refresh();
        assertThat(indexer.count()).isZero();
    }

    @Test
    void aDocumentTheMappingRefusesIsReturnedAndTheRestOfTheBatchIsApplied() throws IOException {
        // a keyword longer than Lucene's 32,766-byte term limit: OpenSearch refuses that one document (HTTP 400)
        RecordDetails immense = PublishedRecords.aQuote().withId(41).by(7, "Ž".repeat(20_000)).build();
        RecordDetails fine = PublishedRecords.aClause().withId(42).build();

        Map<Long, String> refused = indexer.apply(List.of(immense, fine), List.of());

        assertThat(refused).containsOnlyKeys(41L);
        assertThat(refused.get(41L)).contains("illegal_argument_exception");
        refresh();
        assertThat(indexer.count()).isEqualTo(1);
    }

    @Test
    void aBlockedIndexFailsTheWholeBatchSoTheOutboxRetriesIt() throws IOException {
        indexer.apply(List.of(PublishedRecords.aClause().build()), List.of());
        String index = indicesBehindAlias().get(0);
        client.indices().putSettings(s -> s.index(index).settings(x -> x.blocks(b -> b.write(true))));
        try {
            assertThatThrownBy(() -> indexer.apply(List.of(PublishedRecords.aClause().build()), List.of()))
                    .isInstanceOf(IndexUnavailableException.class)
                    .hasMessageContaining("1 of 1 index operations failed");
        } finally {
            client.indices().putSettings(s -> s.index(index).settings(x -> x.blocks(b -> b.write(false))));
        }
    }

    @Test
    void aVanishedAliasIsNeverReplacedByAnAutoCreatedIndex() throws IOException {
        indexer.apply(List.of(PublishedRecords.aClause().build()), List.of());
        List<String> live = indicesBehindAlias();
        client.indices().delete(d -> d.index(live));

        assertThatThrownBy(() -> indexer.apply(List.of(PublishedRecords.aClause().build()), List.of()))
                .isInstanceOf(IndexUnavailableException.class);
        assertThat(client.indices().exists(e -> e.index(alias)).value()).isFalse();

        indexer.apply(List.of(PublishedRecords.aClause().build()), List.of());
        refresh();
        assertThat(indexer.count()).isEqualTo(1);
        assertThat(indicesBehindAlias()).singleElement().asString().startsWith(currentVersion());
    }

    @Test
    void twoInstancesStartingAtOnceShareOneIndex() throws Exception {
        OpenSearchRecordIndexer other = new OpenSearchRecordIndexer(client, alias,
                Clock.offset(Clock.systemUTC(), Duration.ofMillis(7)), database);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Long> first = pool.submit(() -> {
                start.await();
                return indexer.count();
            });
            Future<Long> second = pool.submit(() -> {
                start.await();
                return other.count();
            });
            start.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS)).isZero();
            assertThat(second.get(30, TimeUnit.SECONDS)).isZero();
        } finally {
            pool.shutdownNow();
        }

        assertThat(indicesBehindAlias()).hasSize(1);
        assertThat(client.indices().get(g -> g.index(alias + "-*")).result().keySet()).as("no orphan").hasSize(1);
        indexer.apply(List.of(PublishedRecords.aClause().build()), List.of());
        other.apply(List.of(PublishedRecords.aQuote().build()), List.of());
        refresh();
        assertThat(indexer.count()).isEqualTo(2);
    }

    @Test
    void aRebuildSwapsTheAliasAtOnceWhileSearchesKeepAnswering() throws Exception {
        List<RecordDetails> published = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            published.add(PublishedRecords.aClause().saying("Treaty clause number " + i).build());
        }
        indexer.apply(published, List.of());
        refresh();
        String old = indicesBehindAlias().get(0);
        Searches searches = new Searches(client, alias);
        AtomicBoolean searching = new AtomicBoolean(true);
        AtomicInteger searchesDone = new AtomicInteger();
        List<String> problems = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<?> searcher = pool.submit(() -> {
            while (searching.get()) {
                try {
                    SearchResult result = searches.search(SearchRequest.of("treaty"));
                    if (result.total() < 30) {
                        problems.add("only " + result.total() + " hits");
                    }
                } catch (RuntimeException e) {
                    problems.add(e.toString());
                }
                searchesDone.incrementAndGet();
            }
        });
        try {
            Rebuild rebuild = indexer.rebuild();
            rebuild.add(published.subList(0, 15));
            RecordDetails changedDuringRebuild = PublishedRecords.aQuote().saying("A treaty is signed").build();
            indexer.apply(List.of(changedDuringRebuild), List.of());
            rebuild.add(published.subList(15, 30));
            Thread.sleep(300);

            String rebuilt = rebuild.finish();
            Thread.sleep(300);

            assertThat(rebuilt).isNotEqualTo(old).startsWith(currentVersion());
            assertThat(indicesBehindAlias()).containsExactly(rebuilt);
            assertThat(client.indices().exists(e -> e.index(old)).value()).as("old index deleted").isFalse();
            refresh();
            assertThat(indexer.count()).as("the change made during the rebuild is in the new index").isEqualTo(31);
            assertThat(exists(changedDuringRebuild.id())).isTrue();
        } finally {
            searching.set(false);
            searcher.get(30, TimeUnit.SECONDS);
            pool.shutdown();
        }
        assertThat(searchesDone.get()).isPositive();
        assertThat(problems).isEmpty();
    }

    @Test
    void anAbandonedRebuildLeavesTheLiveIndexAlone() throws IOException {
        indexer.apply(List.of(PublishedRecords.aClause().build()), List.of());
        String live = indicesBehindAlias().get(0);

        Rebuild rebuild = indexer.rebuild();
        rebuild.add(List.of(PublishedRecords.aQuote().build()));
        rebuild.abandon();

        assertThat(indicesBehindAlias()).containsExactly(live);
        assertThat(client.indices().get(g -> g.index(alias + "-*")).result().keySet()).containsExactly(live);
        assertThatThrownBy(() -> rebuild.add(List.of())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anUnreachableNodeIsReportedQuicklyAsIndexUnavailable() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        OpenSearchClient nowhere = TestClients.client("http://127.0.0.1:" + port, Duration.ofSeconds(1),
                Duration.ofSeconds(2));
        try {
            OpenSearchRecordIndexer unreachable = new OpenSearchRecordIndexer(nowhere, alias, Clock.systemUTC(),
                    database);
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                assertThatThrownBy(() -> unreachable.apply(List.of(PublishedRecords.aClause().build()), List.of()))
                        .isInstanceOf(IndexUnavailableException.class);
                assertThatThrownBy(unreachable::count).isInstanceOf(IndexUnavailableException.class);
                assertThatThrownBy(unreachable::rebuild).isInstanceOf(IndexUnavailableException.class);
            });
        } finally {
            TestClients.close(nowhere);
        }
    }

    private List<String> indicesBehindAlias() throws IOException {
        return new ArrayList<>(client.indices().getAlias(g -> g.name(alias)).result().keySet());
    }

    private Optional<String> databaseIdOf(String index) throws IOException {
        return RecordsMapping.databaseIdOf(client.indices().getMapping(g -> g.index(index)).result().get(index)
                .mappings());
    }

    private List<String> analyse(String index, String analyzer, String text) throws IOException {
        return client.indices().analyze(a -> a.index(index).analyzer(analyzer).text(text)).tokens().stream()
                .map(AnalyzeToken::token).toList();
    }

    private boolean exists(long id) throws IOException {
        return client.exists(e -> e.index(alias).id(Long.toString(id))).value();
    }

    private void refresh() throws IOException {
        client.indices().refresh(r -> r.index(alias));
    }

    /** How the names of indices of this mapping version begin. */
    private String currentVersion() {
        return alias + "-v" + RecordsMapping.CURRENT_VERSION + "-";
    }
}
