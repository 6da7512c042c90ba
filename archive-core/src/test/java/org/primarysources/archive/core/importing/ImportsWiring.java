package org.primarysources.archive.core.importing;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.persistence.EntityManager;
import org.primarysources.archive.core.account.Actor;
import org.primarysources.archive.core.platform.TestDatabase;
import org.primarysources.archive.core.record.RecordPublished;
import org.primarysources.archive.core.record.Records;
import org.primarysources.archive.core.record.RecordsWiring;
import org.primarysources.archive.core.review.Changes;
import org.primarysources.archive.core.review.ChangesWiring;
import org.primarysources.archive.core.source.Sources;
import org.primarysources.archive.core.source.SourcesWiring;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;

/** Builds {@link Imports} outside a container, for tests. */
public final class ImportsWiring {

    private ImportsWiring() {
    }

    public static Imports imports(EntityManager em, Sources sources, Changes changes, Records records, Clock clock) {
        return new Imports(em, sources, changes, records, clock);
    }

    public static CsvImports csvImports(EntityManager em, Sources sources, Changes changes, Records records,
                                        Clock clock) {
        return new CsvImports(em, sources, changes, records, clock);
    }

    /** The services an import works through, wired on one transaction's entity manager. */
    public record Services(Sources sources, Records records, Changes changes, Imports imports, CsvImports csv,
                           EntityManager em) {
    }

    /**
     * Background imports as one instance of the archive runs them: each CSV import in a transaction of its own,
     * the job table written beside it, tasks on {@code executor}. Two of these on one database are two instances.
     */
    public static ImportJobs jobs(TestDatabase db, List<RecordPublished> events, ImportJobTable table,
                                  ManagedExecutorService executor) {
        CsvImports inTransactions = new CsvImports() {
            @Override
            public void requireNew(byte[] file, Actor actor) {
                in(db, events, s -> {
                    s.csv().requireNew(file, actor);
                    return null;
                });
            }

            @Override
            public ImportResult importCsv(byte[] file, CsvFile csv, String fileName, String language, Actor actor,
                                          Long jobId, ImportProgress progress) {
                return in(db, events, s -> s.csv().importCsv(file, csv, fileName, language, actor, jobId, progress));
            }
        };
        return new ImportJobs(table, inTransactions, executor);
    }

    /** Runs the work with the services in one transaction of the database; publications land in {@code events}. */
    public static <T> T in(TestDatabase db, List<RecordPublished> events, Function<Services, T> work) {
        return db.fromTransaction(em -> {
            Clock clock = Clock.systemUTC();
            Sources sources = SourcesWiring.sources(em, clock);
            Records records = RecordsWiring.records(em, sources, clock, events);
            Changes changes = ChangesWiring.changes(em, sources, records, clock);
            return work.apply(new Services(sources, records, changes, imports(em, sources, changes, records, clock),
                    csvImports(em, sources, changes, records, clock), em));
        });
    }
}
