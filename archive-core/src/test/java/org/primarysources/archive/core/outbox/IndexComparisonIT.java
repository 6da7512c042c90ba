package org.primarysources.archive.core.outbox;

import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.history.Activity;
import org.primarysources.archive.core.platform.TestDatabase;
import org.primarysources.archive.core.record.PublishRecord;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.Records;
import org.primarysources.archive.core.record.RecordsWiring;
import org.primarysources.archive.core.record.RetractRecord;
import org.primarysources.archive.core.source.PartialDate;
import org.primarysources.archive.core.source.PublishSource;
import org.primarysources.archive.core.source.SourceContent;
import org.primarysources.archive.core.source.SourceType;
import org.primarysources.archive.core.source.Sources;
import org.primarysources.archive.core.source.SourcesWiring;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.primarysources.archive.core.record.RecordContents.aQuote;

/** The audit's comparison of the search index with the database, on PostgreSQL, against an index it is told of. */
class IndexComparisonIT {

    private static final Clock CLOCK = Clock.systemUTC();

    @Test
    void findsWhatTheIndexHasWrongButNotWhatIsStillOnItsWay() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            long sourceId = in(db, s -> {
                long id = s.sources().open();
                s.sources().publish(new PublishSource(id, 0, new SourceContent("A treaty",
                        SourceType.ENCYCLOPEDIA_ARTICLE, PartialDate.parse("1939"), List.of("en"), null, null, null,
                        null, List.of(), "Text"),
                        Activity.IMPORT, "archivist", "editor", null, null));
                return id;
            });
            RecordDetails kept = in(db, s -> s.records().publish(quote(sourceId, "kept")));
            RecordDetails edited = in(db, s -> s.records().publish(quote(sourceId, "edited")));
            in(db, s -> s.records().publish(new PublishRecord(edited.id(), 1,
                    aQuote(sourceId, "edited again").build(), Activity.EDIT, "archivist", "editor", null, null)));
            RecordDetails retracted = in(db, s -> s.records().publish(quote(sourceId, "retracted")));
            in(db, s -> s.records().retract(new RetractRecord(retracted.id(), 1, "archivist", "editor", null)));
            RecordDetails missing = in(db, s -> s.records().publish(quote(sourceId, "missing")));
            RecordDetails waiting = in(db, s -> s.records().publish(quote(sourceId, "on its way")));
            try (Connection c = db.dataSource().getConnection(); Statement sql = c.createStatement()) {
                sql.executeUpdate("INSERT INTO outbox (id, record_id, version, retracted, created_at, attempts,"
                        + " next_attempt_at, item) VALUES (1, " + waiting.id()
                        + ", 1, FALSE, now(), 0, now(), 'RECORD')");
            }
            Map<String, Long> index = new HashMap<>(Map.of(
                    "source-" + sourceId, 1L,
                    Long.toString(kept.id()), 1L,
                    Long.toString(edited.id()), 1L, // the index kept the first version
                    Long.toString(retracted.id()), 1L, // still searchable after its retraction
                    "999999", 3L)); // never published here

            long[] compared = {0};
            List<IndexComparison.Difference> differences = db.fromTransaction(em ->
                    new IndexComparison(em, listing(index)).compare(compared));

            assertThat(compared[0]).isEqualTo(5);
            assertThat(differences).extracting(IndexComparison.Difference::id, IndexComparison.Difference::problem)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(edited.id(),
                                    "is searchable at version 1, but its published version is 2"),
                            org.assertj.core.groups.Tuple.tuple(missing.id(),
                                    "is published but missing from the search index"),
                            org.assertj.core.groups.Tuple.tuple(retracted.id(),
                                    "is searchable (version 1) but not published: it is retracted, or gone from the"
                                            + " database"),
                            org.assertj.core.groups.Tuple.tuple(999999L,
                                    "is searchable (version 3) but not published: it is retracted, or gone from the"
                                            + " database"));
        }
    }

    private static PublishRecord quote(long sourceId, String text) {
        return new PublishRecord(null, null, aQuote(sourceId, text).build(), Activity.IMPORT, "archivist", "editor",
                null, null);
    }

    private record Services(Sources sources, Records records) {
    }

    private static <T> T in(TestDatabase db, Function<Services, T> work) {
        return db.fromTransaction(em -> {
            Sources sources = SourcesWiring.sources(em, CLOCK);
            return work.apply(new Services(sources, RecordsWiring.records(em, sources, CLOCK, new ArrayList<>())));
        });
    }

    /** An index that holds these documents and can do nothing else. */
    private static RecordIndexer listing(Map<String, Long> documents) {
        return new RecordIndexer() {
            @Override
            public Map<Long, String> apply(List<RecordDetails> published, List<Retraction> retracted) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Rebuild rebuild() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<String> reasonToRebuild() {
                return Optional.empty();
            }

            @Override
            public Map<String, Long> documentVersions() {
                return documents;
            }

            @Override
            public long count() {
                return documents.size();
            }
        };
    }
}
