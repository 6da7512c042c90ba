package org.primarysources.archive.core.importing;

import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.account.Actor;
import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.core.citation.Verification;
import org.primarysources.archive.core.error.ConflictException;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.history.Activity;
import org.primarysources.archive.core.history.HashChain;
import org.primarysources.archive.core.platform.TestDatabase;
import org.primarysources.archive.core.platform.TestExecutors;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.record.RecordPublished;
import org.primarysources.archive.core.review.ChangeState;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CSV imports on PostgreSQL: drafts of one batch, verified citations, background jobs of 100,000 rows. */
class CsvImportIT {

    private static final Actor ARCHIVIST = new Actor("archivist", Set.of(Role.ARCHIVIST));
    private static final Actor EDITOR = new Actor("editor", Set.of(Role.EDITOR));
    private static final String TITLE = GeneratedCsv.TITLE;
    private static final String HEADER = GeneratedCsv.HEADER;

    private final List<RecordPublished> events = new ArrayList<>();

    @Test
    void everyRowBecomesADraftOfOneBatchWithItsCitationVerified() throws SQLException {
        try (TestDatabase db = TestDatabase.create()) {
            long source = GeneratedCsv.publishSource(db, events);
            byte[] file = (HEADER
                    + "entity,Juozas Urbšys,Lithuanian foreign minister," + TITLE + ",,,,,,,,\n"
                    + "quote,at the signing,\"We accept this treaty, reluctantly.\"," + source + ",,,"
                    + "\"We accept this treaty,  reluctantly.\",Juozas Urbšys,1939-10-10,en,"
                    + "\"Sutinkame, nenoriai.\",lt\n"
                    + "clause,Article I,The Vilnius Region is transferred to Lithuania.," + TITLE + ",article-locator,"
                    + "I,The Vilnius Region is transferred to Lithuania.,,,,,\n"
                    + "clause,Article III,Not in the transcription yet.," + TITLE + ",,,,,,,,\n")
                    .getBytes(StandardCharsets.UTF_8);

            ImportResult result = in(db, s -> s.csv().importCsv(file, CsvFile.read(file), "treaty.csv", "en",
                    ARCHIVIST));

            assertThat(result.changes()).hasSize(4);
            assertThat(result.verified()).isEqualTo(2);
            assertThat(result.source().id()).isEqualTo(source);
            assertThat(result.counts()).containsEntry("clauses", 2).containsEntry("quotes", 1)
                    .containsEntry("entities", 1);
            assertThat(in(db, s -> s.changes().list(ChangeState.DRAFT, null, result.id(), 0, 10)).total())
                    .isEqualTo(4);
            OriginalFile original = in(db, s -> s.imports().original(result.id()));
            assertThat(original.content()).isEqualTo(file);
            assertThat(original.mediaType()).isEqualTo("text/csv");
            assertThat(original.sha256()).isEqualTo(HashChain.sha256(file));
            assertThat(in(db, s -> s.imports().summary(result.id())).importerVersion()).isEqualTo("csv/1");
            assertThatThrownBy(() -> in(db, s -> s.csv().importCsv(file, CsvFile.read(file), "again.csv", null,
                    ARCHIVIST))).isInstanceOf(ConflictException.class).hasMessageContaining("import " + result.id());

            in(db, s -> s.imports().submit(result.id(), ARCHIVIST));
            int approved = in(db, s -> s.imports().approve(result.id(), EDITOR, "checked"));
            assertThat(approved).isEqualTo(4);

            RecordDetails quote = in(db, s -> s.records().page(RecordKind.QUOTE, source, 0, 10)).items().get(0);
            assertThat(quote.verification()).isEqualTo(Verification.VERIFIED);
            assertThat(quote.activity()).isEqualTo(Activity.IMPORT);
            assertThat(quote.speaker().name()).isEqualTo("Juozas Urbšys");
            assertThat(quote.citations().get(0).exact()).isEqualTo("We accept this treaty, reluctantly.");
            List<RecordDetails> clauses = in(db, s -> s.records().page(RecordKind.CLAUSE, source, 0, 10)).items();
            assertThat(clauses).extracting(RecordDetails::label).containsExactly("Article I", "Article III");
            assertThat(clauses.get(0).citations().get(0).label()).isEqualTo("article-locator");
            assertThat(clauses.get(0).citations().get(0).locator()).isEqualTo("I");
            assertThat(clauses.get(0).verification()).isEqualTo(Verification.VERIFIED);
            assertThat(clauses.get(0).language()).isEqualTo("en");
        }
    }

    @Test
    void aRowTheArchiveCannotVouchForIsRefusedByLineAndColumnAndNothingIsWritten() throws SQLException {
        try (TestDatabase db = TestDatabase.create()) {
            GeneratedCsv.publishSource(db, events);
            byte[] misquoted = (HEADER
                    + "clause,Article I,Transferred.," + TITLE + ",,,The Vilnius Region is transferred,,,,,\n"
                    + "clause,Article II,Assistance.," + TITLE + ",,,Both parties render each other help,,,,,\n")
                    .getBytes(StandardCharsets.UTF_8);
            byte[] unknownSource = (HEADER + "clause,Article I,Transferred.,Treaty of Nowhere,,,,,,,,\n")
                    .getBytes(StandardCharsets.UTF_8);
            byte[] ambiguous = (HEADER + "clause,Article I,Transferred.," + TITLE + ",,,Article,,,,,\n")
                    .getBytes(StandardCharsets.UTF_8);

            assertThatThrownBy(() -> importNow(db, misquoted)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> {
                        assertThat(e.line()).isEqualTo(3L);
                        assertThat(e.field()).isEqualTo("quoted text");
                        assertThat(e.getMessage()).startsWith("line 3, column “quoted text”: not found");
                    });
            assertThatThrownBy(() -> importNow(db, unknownSource)).hasMessageContaining(
                    "line 2, column “source”: there is no source titled “Treaty of Nowhere”");
            assertThatThrownBy(() -> importNow(db, ambiguous)).hasMessageContaining("found more than once");
            assertThat(count(db, "import_batch")).isZero();
            assertThat(count(db, "import_original")).isZero();
            assertThat(count(db, "change_request")).isEqualTo(0);
        }
    }

    @Test
    void aHundredThousandRowsImportInTheBackgroundWithProgressEveryInstanceCanRead() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (TestDatabase db = TestDatabase.create()) {
            GeneratedCsv.publishSource(db, events);
            byte[] file = GeneratedCsv.clauses(100_000, line -> false, "");
            CsvFile csv = CsvFile.read(file);
            assertThat(ImportJobs.inBackground(csv)).isTrue();
            PausingTable table = new PausingTable(db, 5_000);
            ImportJobs running = ImportsWiring.jobs(db, events, table, TestExecutors.managed(pool));
            ImportJobs other = otherInstance(db);

            ImportJobStatus started = running.start(file, csv, "generated.csv", "en", ARCHIVIST);
            table.reached.await();
            ImportJobStatus meanwhile = other.status(started.id());
            long batchesMeanwhile = count(db, "import_batch");
            table.release.countDown();
            ImportJobStatus done = awaitEnd(other, started.id());

            assertThat(meanwhile.state()).isEqualTo(ImportJobStatus.RUNNING);
            assertThat(meanwhile.rowsDone()).isEqualTo(5_000);
            assertThat(meanwhile.rowsTotal()).isEqualTo(100_000);
            assertThat(batchesMeanwhile).as("nothing is visible before the import commits").isZero();
            assertThat(done.state()).as(done.toString()).isEqualTo(ImportJobStatus.DONE);
            assertThat(done.rowsDone()).isEqualTo(100_000);
            assertThat(table.reported).hasSize(100).startsWith(1_000, 2_000).endsWith(100_000);
            assertThat(in(db, s -> s.changes().list(ChangeState.DRAFT, null, done.importId(), 0, 1)).total())
                    .isEqualTo(100_000);
            assertThat(in(db, s -> s.imports().original(done.importId())).content()).isEqualTo(file);
            assertThatThrownBy(() -> other.cancel(done.id(), ARCHIVIST)).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("done already");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void oneBadRowAmongAHundredThousandFailsTheJobNamingItsLineAndNothingIsWritten() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (TestDatabase db = TestDatabase.create()) {
            GeneratedCsv.publishSource(db, events);
            byte[] file = GeneratedCsv.clauses(100_000, line -> line == 50_001, "");
            ImportJobs jobs = ImportsWiring.jobs(db, events, new ImportJobTable(db.dataSource()),
                    TestExecutors.managed(pool));

            ImportJobStatus started = jobs.start(file, CsvFile.read(file), "one-bad-row.csv", null, ARCHIVIST);
            ImportJobStatus failed = awaitEnd(otherInstance(db), started.id());

            assertThat(failed.state()).isEqualTo(ImportJobStatus.FAILED);
            assertThat(failed.errors()).singleElement().satisfies(problem -> {
                assertThat(problem.line()).isEqualTo(50_001L);
                assertThat(problem.column()).isEqualTo("quoted text");
                assertThat(problem.problem()).contains("line 50001", "not found in the transcription");
            });
            assertThat(failed.importId()).isNull();
            assertThat(count(db, "import_batch")).isZero();
            assertThat(count(db, "import_original")).isZero();
            assertThat(count(db, "change_request")).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCancelledJobWritesNothing() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (TestDatabase db = TestDatabase.create()) {
            GeneratedCsv.publishSource(db, events);
            byte[] file = GeneratedCsv.clauses(3_000, line -> false, "");
            PausingTable table = new PausingTable(db, 1_000);
            ImportJobs running = ImportsWiring.jobs(db, events, table, TestExecutors.managed(pool));
            ImportJobs other = otherInstance(db);

            ImportJobStatus started = running.start(file, CsvFile.read(file), "cancelled.csv", null, ARCHIVIST);
            table.reached.await();
            ImportJobStatus asked = other.cancel(started.id(), EDITOR);
            table.release.countDown();
            ImportJobStatus ended = awaitEnd(other, started.id());

            assertThat(asked.cancelRequested()).isTrue();
            assertThat(ended.state()).isEqualTo(ImportJobStatus.CANCELLED);
            assertThat(ended.importId()).isNull();
            assertThat(count(db, "import_batch")).isZero();
            assertThat(count(db, "import_original")).isZero();
            assertThat(count(db, "change_request")).isZero();
            assertThat(other.cancel(started.id(), EDITOR).state()).as("cancelling again changes nothing")
                    .isEqualTo(ImportJobStatus.CANCELLED);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The job table of the instance running the job: it stops at the progress report of {@code pauseAt} rows. */
    private static final class PausingTable extends ImportJobTable {
        final CountDownLatch reached = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final List<Integer> reported = new CopyOnWriteArrayList<>();
        private final int pauseAt;

        PausingTable(TestDatabase db, int pauseAt) {
            super(db.dataSource());
            this.pauseAt = pauseAt;
        }

        @Override
        public boolean drafted(long id, int rows) {
            boolean cancelled = super.drafted(id, rows);
            reported.add(rows);
            if (rows == pauseAt) {
                reached.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.drafted(id, rows);
            }
            return cancelled;
        }
    }

    /** Another instance of the archive on the same database: it runs nothing, it only reads and cancels. */
    private ImportJobs otherInstance(TestDatabase db) {
        return ImportsWiring.jobs(db, events, new ImportJobTable(db.dataSource()), TestExecutors.direct());
    }

    /** Waits for the job to finish (a guard against hanging, not a timing assertion). */
    private static ImportJobStatus awaitEnd(ImportJobs jobs, long id) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(20));
        ImportJobStatus status = jobs.status(id);
        while (!status.finished()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("import job " + id + " did not finish: " + status);
            }
            TimeUnit.MILLISECONDS.sleep(200);
            status = jobs.status(id);
        }
        return status;
    }

    private ImportResult importNow(TestDatabase db, byte[] file) {
        return in(db, s -> s.csv().importCsv(file, CsvFile.read(file), "rows.csv", null, ARCHIVIST));
    }

    private static long count(TestDatabase db, String table) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private <T> T in(TestDatabase db, Function<ImportsWiring.Services, T> work) {
        return ImportsWiring.in(db, events, work);
    }
}
