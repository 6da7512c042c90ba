package org.primarysources.archive.search.index;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.core.search.Hit;
import org.primarysources.archive.core.history.Activity;
import org.primarysources.archive.core.outbox.Outbox;
import org.primarysources.archive.core.outbox.OutboxWiring;
import org.primarysources.archive.core.platform.DatabaseIdentity;
import org.primarysources.archive.core.platform.TestDatabase;
import org.primarysources.archive.core.platform.TestExecutors;
import org.primarysources.archive.core.record.PublishRecord;
import org.primarysources.archive.core.record.Records;
import org.primarysources.archive.core.record.RecordsWiring;
import org.primarysources.archive.core.source.PublishSource;
import org.primarysources.archive.core.source.SourceContent;
import org.primarysources.archive.core.source.SourceType;
import org.primarysources.archive.core.source.Sources;
import org.primarysources.archive.core.source.SourcesWiring;
import org.primarysources.archive.search.query.SearchRequest;
import org.primarysources.archive.search.query.Searches;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.primarysources.archive.core.record.RecordContents.aQuote;

/**
 * The archive started on another database than the one its index was filled from — a database wiped or replaced
 * under a kept index, whose record ids start again at 1: the index is rebuilt from this database and holds only its
 * records, where before the new records' first versions lost to the old documents as "already newer". Two
 * PostgreSQL databases (schemas of the machine's), the build's OpenSearch node. Likewise an index of an older mapping
 * version, left by the archive before an upgrade.
 */
class IndexOfAnotherDatabaseIT {

    private static final String FIRST = "of the first database";
    private static final String SECOND = "of the second database";

    private final Clock clock = Clock.systemUTC();
    private OpenSearchClient client;
    private String alias;

    @BeforeEach
    void connect() {
        client = TestClients.itNode();
        alias = "it-identity-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    }

    @AfterEach
    void removeIndices() throws IOException {
        client.indices().delete(d -> d.index(alias + "*").ignoreUnavailable(true).allowNoIndices(true));
        TestClients.close(client);
    }

    @Test
    void theArchiveStartedOnAnotherDatabaseRebuildsTheIndexFromItAndItHoldsOnlyThatDatabasesRecords()
            throws Exception {
        try (TestDatabase first = TestDatabase.create();
             TestDatabase second = TestDatabase.create()) {
            OpenSearchRecordIndexer firstIndexer = indexer(first);
            Published firstRecords = publish(first, FIRST, 3);
            assertThat(in(first, firstIndexer, clock, Archive::relay)).isEqualTo(3);

            OpenSearchRecordIndexer secondIndexer = indexer(second);
            Published secondRecords = publish(second, SECOND, 2);
            assertThat(firstRecords.records()).as("ids start again in a new database")
                    .containsAll(secondRecords.records());
            assertThat(in(second, secondIndexer, clock, Archive::relay)).as("nothing goes into another's index")
                    .isZero();
            assertThat(texts()).as("untouched").containsOnlyKeys(firstRecords.records())
                    .allSatisfy((id, text) -> assertThat(text).endsWith(FIRST));

            in(second, secondIndexer, clock, Archive::startUp);

            List<String> secondDocuments = new ArrayList<>(secondRecords.records());
            secondDocuments.add(secondRecords.source());
            assertThat(texts()).containsOnlyKeys(secondDocuments)
                    .allSatisfy((id, text) -> assertThat(text).endsWith(SECOND));
            String live = client.indices().getAlias(g -> g.name(alias)).result().keySet().iterator().next();
            assertThat(RecordsMapping.databaseIdOf(client.indices().getMapping(g -> g.index(live)).result()
                    .get(live).mappings())).contains(new DatabaseIdentity(second.dataSource()).id().toString());

            // the rows kept while the index was another database's go in after their back-off, changing nothing
            assertThat(in(second, secondIndexer, Clock.offset(clock, Duration.ofMinutes(1)), Archive::relay))
                    .isEqualTo(2);
            assertThat(texts()).containsOnlyKeys(secondDocuments)
                    .allSatisfy((id, text) -> assertThat(text).endsWith(SECOND));
        }
    }

    /**
     * An archive whose index was made before the language analysers (mapping version 1), by this database: at start-up
     * the index is rebuilt with the current mapping, and a German record is found by another form of its words.
     */
    @Test
    void theArchiveStartedWithAnIndexOfAnOlderMappingRebuildsItAndSearchesInTheRecordsLanguage() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            RecordsMapping first = RecordsMapping.load(1, TestClients.jsonMapper());
            String old = alias + "-v1-20250101000000000";
            client.indices().create(c -> c.index(old).settings(first.settings())
                    .mappings(first.stampedWith(new DatabaseIdentity(db.dataSource()).id()))
                    .aliases(alias, a -> a.isWriteIndex(true)));
            OpenSearchRecordIndexer indexer = indexer(db);
            long sourceId = Long.parseLong(publish(db, FIRST, 0).source().substring(
                    RecordDocument.SOURCE_ID_PREFIX.length()));
            String german = in(db, null, clock, archive -> Long.toString(archive.records().publish(new PublishRecord(
                    null, null, aQuote(sourceId, "Die Verträge wurden in Moskau unterzeichnet.").language("de")
                    .build(), Activity.EDIT, "archivist", "editor", null, null)).id()));
            assertThat(in(db, indexer, clock, Archive::relay)).as("nothing goes into an index of another version")
                    .isZero();
            Searches searches = new Searches(client, alias);
            assertThat(searches.search(SearchRequest.of("Vertrag")).total()).isZero();

            in(db, indexer, clock, Archive::startUp);

            String live = client.indices().getAlias(g -> g.name(alias)).result().keySet().iterator().next();
            assertThat(live).startsWith(alias + "-v" + RecordsMapping.CURRENT_VERSION + "-");
            assertThat(client.indices().exists(e -> e.index(old)).value()).as("replaced").isFalse();
            assertThat(searches.search(SearchRequest.of("Vertrag")).hits()).extracting(hit -> Long.toString(hit.id()))
                    .containsExactly(german);
            assertThat(in(db, indexer, Clock.offset(clock, Duration.ofMinutes(1)), Archive::relay))
                    .as("the German record's row, kept meanwhile, goes in after its back-off").isEqualTo(1);
            assertThat(texts()).containsKey(german);
        }
    }

    private OpenSearchRecordIndexer indexer(TestDatabase db) {
        return new OpenSearchRecordIndexer(client, alias, clock, new DatabaseIdentity(db.dataSource())::id);
    }

    /** A source and some quotes from it, by document id. */
    private record Published(String source, List<String> records) {
    }

    private Published publish(TestDatabase db, String which, int quotes) {
        return in(db, null, clock, archive -> {
            long sourceId = archive.sources().open();
            archive.sources().publish(new PublishSource(sourceId, 0, new SourceContent("Quotes " + which,
                    SourceType.OTHER, null, null, null, null, null, null, null, "Transcription " + which),
                    Activity.IMPORT, "archivist", "editor", null, null));
            List<String> records = new ArrayList<>();
            for (int i = 0; i < quotes; i++) {
                records.add(Long.toString(archive.records().publish(new PublishRecord(null, null,
                        aQuote(sourceId, "Quote " + i + " " + which).build(), Activity.EDIT, "archivist", "editor",
                        null, null)).id()));
            }
            return new Published(RecordDocument.SOURCE_ID_PREFIX + sourceId, records);
        });
    }

    /** Core's services in one transaction, outside a container, with the given indexer and clock. */
    private record Archive(Sources sources, Records records, Outbox outbox, OpenSearchRecordIndexer indexer,
                           Clock clock) {

        /** One batch of the relay, as the application's relay runs it every second. */
        int relay() {
            return outbox.relayBatch(Outbox.BATCH);
        }

        /** What the archive does about its index at start-up (the rebuild runs at once, in this thread). */
        Void startUp() {
            OutboxWiring.startUp(OutboxWiring.reindexing(records, sources, outbox, indexer, clock,
                    TestExecutors.direct()));
            return null;
        }
    }

    private <T> T in(TestDatabase db, OpenSearchRecordIndexer indexer, Clock now, Function<Archive, T> work) {
        T result = db.fromTransaction(em -> {
            Sources sources = SourcesWiring.sources(em, now);
            Records records = RecordsWiring.records(em, sources, now, OutboxWiring.writer(em, now));
            Outbox outbox = OutboxWiring.outbox(em, records, sources, indexer, now);
            return work.apply(new Archive(sources, records, outbox, indexer, now));
        });
        refresh();
        return result;
    }

    /** Every document's text, by document id. */
    private Map<String, String> texts() throws IOException {
        Map<String, String> texts = new HashMap<>();
        for (Hit<Map> hit : client.search(s -> s.index(alias).size(100).query(q -> q.matchAll(m -> m)), Map.class)
                .hits().hits()) {
            texts.put(hit.id(), String.valueOf(hit.source().get("text")));
        }
        return texts;
    }

    private void refresh() {
        try {
            client.indices().refresh(r -> r.index(alias).ignoreUnavailable(true).allowNoIndices(true));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
