package org.primarysources.archive.core.audit;

import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.history.Activity;
import org.primarysources.archive.core.history.HashChain;
import org.primarysources.archive.core.platform.TestDatabase;
import org.primarysources.archive.core.publicationlog.LogWiring;
import org.primarysources.archive.core.record.CitationInput;
import org.primarysources.archive.core.record.PublishRecord;
import org.primarysources.archive.core.record.RecordContent;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.Records;
import org.primarysources.archive.core.record.RecordsWiring;
import org.primarysources.archive.core.source.PartialDate;
import org.primarysources.archive.core.source.PublishSource;
import org.primarysources.archive.core.source.SourceContent;
import org.primarysources.archive.core.source.SourceType;
import org.primarysources.archive.core.source.Sources;
import org.primarysources.archive.core.source.SourcesWiring;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.primarysources.archive.core.record.RecordContents.aClause;
import static org.primarysources.archive.core.record.RecordContents.aQuote;

/**
 * Each way of rewriting history with SQL that a database administrator has, on a real PostgreSQL, after a checkpoint
 * was signed: the audit finds every one and names the item and the first bad entry.
 */
class TamperingIT {

    private static final String TRANSCRIPTION = """
            Article VII: Sovereignty is not affected by this treaty
            Article VIII: Articles II to VII are valid for a period of 15 years""";

    private record Published(long sourceId, RecordDetails clause, RecordDetails quote) {
    }

    @Test
    void anUntouchedArchiveIsIntactAndEveryVersionIsLogged() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            publish(db);
            AuditReport report = audit(db);
            assertThat(report.intact()).as(report.toString()).isTrue();
            assertThat(report.logEntries()).isEqualTo(4); // source 1, clause 1 and 2, quote 1
            assertThat(report.checkpoints()).isEqualTo(1);
        }
    }

    @Test
    void anEditWithRecomputedHashesDiffersFromItsLogEntry() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            Published p = publish(db);
            String content = text(db, "SELECT content FROM record_version WHERE record_id = " + p.clause().id()
                    + " AND number = 2").replace("period of 15 years", "period of 50 years");
            String previous = text(db, "SELECT hash FROM record_version WHERE record_id = " + p.clause().id()
                    + " AND number = 1");
            sql(db, "UPDATE record_version SET content = '" + content.replace("'", "''") + "', hash = '"
                    + HashChain.link(content, previous) + "' WHERE record_id = " + p.clause().id() + " AND number = 2");

            assertThat(audit(db).broken()).anySatisfy(f -> {
                assertThat(f.item()).isEqualTo("record");
                assertThat(f.id()).isEqualTo(p.clause().id());
                assertThat(f.version()).isEqualTo(2);
                assertThat(f.problem()).contains("differs from its log entry 2");
            });
        }
    }

    @Test
    void aPublishedVersionSetBackWithTheNewestDeletedIsFound() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            Published p = publish(db);
            sql(db, "DELETE FROM record_version WHERE record_id = " + p.clause().id() + " AND number = 2");
            sql(db, "UPDATE record SET published_version = 1 WHERE id = " + p.clause().id());

            assertThat(audit(db).broken()).extracting(Finding::item, Finding::id, Finding::version, Finding::problem)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("record", p.clause().id(), 2,
                            "is in the log (entry 2) but gone from the database"));
        }
    }

    @Test
    void aPublishedVersionSetBackWithTheNewestKeptIsFound() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            Published p = publish(db);
            sql(db, "UPDATE record SET published_version = 1 WHERE id = " + p.clause().id());

            assertThat(audit(db).broken()).extracting(Finding::item, Finding::id, Finding::problem)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("record", p.clause().id(),
                            "is shown as published, but the newest version is 2"));
        }
    }

    @Test
    void aDeletedItemIsFound() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            Published p = publish(db);
            sql(db, "DELETE FROM outbox");
            sql(db, "DELETE FROM record_version WHERE record_id = " + p.quote().id());
            sql(db, "DELETE FROM record WHERE id = " + p.quote().id());

            assertThat(audit(db).broken()).extracting(Finding::item, Finding::id, Finding::problem)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("record", p.quote().id(),
                            "is in the log (entry 3) but gone from the database"));
        }
    }

    @Test
    void aFlippedVerificationFlagIsFound() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            Published p = publish(db);
            assertThat(text(db, "SELECT verification FROM record_version WHERE record_id = " + p.quote().id()))
                    .isEqualTo("NOT_FOUND");
            sql(db, "UPDATE record_version SET verification = 'VERIFIED' WHERE record_id = " + p.quote().id());

            assertThat(audit(db).broken()).extracting(Finding::item, Finding::id).isNotEmpty()
                    .allSatisfy(idOf -> assertThat(idOf.toList()).containsExactly("record", p.quote().id()));
            assertThat(audit(db).broken()).extracting(Finding::problem).anySatisfy(problem ->
                    assertThat(problem).contains("the stored verification VERIFIED is not what its citations give,"
                            + " NOT_FOUND"));
        }
    }

    @Test
    void aChangedSourceTitleIsFound() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            Published p = publish(db);
            sql(db, "UPDATE source SET title = 'A treaty of friendship' WHERE id = " + p.sourceId());

            assertThat(audit(db).broken()).extracting(Finding::item, Finding::id, Finding::problem)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("source", p.sourceId(),
                            "the source's title \"A treaty of friendship\" is not its published version's"
                                    + " \"Soviet–Lithuanian Mutual Assistance Treaty\""));
        }
    }

    @Test
    void aRewrittenLogEntryIsFoundEvenWithItsLeafRewritten() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            publish(db);
            // the log entry of the clause's second version says a third person approved it, and its leaf agrees
            sql(db, "UPDATE log_entry SET entry = REPLACE(entry, '\"approver\":\"editor\"', '\"approver\":\"chief\"')"
                    + " WHERE position = 2");
            sql(db, "UPDATE log_node SET hash = sha256('\\x00'::bytea || convert_to("
                    + "(SELECT entry FROM log_entry WHERE position = 2), 'UTF8')) WHERE level = 0 AND position = 2");

            List<Finding> broken = audit(db).broken();
            assertThat(broken).extracting(Finding::problem).anySatisfy(problem ->
                    assertThat(problem).contains("no longer hash to signed checkpoint 4"));
            assertThat(broken).anySatisfy(f -> assertThat(f.problem()).contains("differs from its log entry 2"));
        }
    }

    @Test
    void aRewrittenLogEntryAloneIsNamed() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            publish(db);
            sql(db, "UPDATE log_entry SET entry = REPLACE(entry, '\"author\":\"archivist\"', '\"author\":\"x\"')"
                    + " WHERE position = 1");

            assertThat(audit(db).broken()).extracting(Finding::item, Finding::id, Finding::problem)
                    .contains(org.assertj.core.groups.Tuple.tuple("log", 1L,
                            "the first 4 entries no longer hash to signed checkpoint 4; the first rewritten entry"
                                    + " is 1"));
        }
    }

    // ---- the archive before the tampering: a source, a clause in two versions, a quote; then a checkpoint

    private static Published publish(TestDatabase db) {
        long sourceId = in(db, s -> {
            long id = s.sources().open();
            s.sources().publish(new PublishSource(id, 0, new SourceContent(
                    "Soviet–Lithuanian Mutual Assistance Treaty", SourceType.ENCYCLOPEDIA_ARTICLE,
                    PartialDate.parse("1939-10-10"), List.of("en"), null, null, null, "CC BY-SA 4.0",
                    List.of("Treaties"), TRANSCRIPTION), Activity.IMPORT, "archivist", "editor", null, null));
            return id;
        });
        RecordDetails first = in(db, s -> s.records().publish(publish(null, null, clause(sourceId,
                "Sovereignty is not affected by this treaty"))));
        RecordDetails clause = in(db, s -> s.records().publish(publish(first.id(), 1, clause(sourceId,
                "Articles II to VII are valid for a period of 15 years"))));
        RecordDetails quote = in(db, s -> s.records().publish(publish(null, null,
                aQuote(sourceId, "words nobody said").build())));
        db.inTransaction(em -> LogWiring.checkpoints(em, LogWiring.testSigning(), Clock.systemUTC()).makeIfGrown());
        return new Published(sourceId, clause, quote);
    }

    private static RecordContent clause(long sourceId, String text) {
        return aClause(sourceId, text).label("Article").ordinal(7)
                .citing(new CitationInput(1, "article-locator", "VII", text, null, null)).build();
    }

    private static PublishRecord publish(Long id, Integer base, RecordContent content) {
        return new PublishRecord(id, base, content, id == null ? Activity.IMPORT : Activity.EDIT, "archivist",
                "editor", null, null);
    }

    private record Services(Sources sources, Records records) {
    }

    private static <T> T in(TestDatabase db, Function<Services, T> work) {
        return db.fromTransaction(em -> {
            Sources sources = SourcesWiring.sources(em, Clock.systemUTC());
            return work.apply(new Services(sources, RecordsWiring.records(em, sources, Clock.systemUTC(),
                    new ArrayList<>())));
        });
    }

    private static AuditReport audit(TestDatabase db) {
        return db.fromTransaction(em -> {
            Sources sources = SourcesWiring.sources(em, Clock.systemUTC());
            return AuditWiring.audit(em, sources, RecordsWiring.records(em, sources, Clock.systemUTC(),
                    new ArrayList<>())).run();
        });
    }

    private static void sql(TestDatabase db, String statement) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    private static String text(TestDatabase db, String query) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getString(1);
        }
    }
}
