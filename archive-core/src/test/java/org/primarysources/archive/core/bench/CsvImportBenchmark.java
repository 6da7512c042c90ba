package org.primarysources.archive.core.bench;

import org.primarysources.archive.core.account.Actor;
import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.core.importing.CsvFile;
import org.primarysources.archive.core.importing.GeneratedCsv;
import org.primarysources.archive.core.importing.ImportResult;
import org.primarysources.archive.core.importing.ImportsWiring;
import org.primarysources.archive.core.platform.TestDatabase;
import org.primarysources.archive.core.record.RecordPublished;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A benchmark, not a test: how many CSV rows per second become drafts. Each run imports a generated file of
 * {@code --rows} clauses (every tenth citing the source's transcription, verified) into a fresh schema, through
 * {@code CsvImports} in one transaction as the server does, and reports the rows per second of reading and checking
 * the file ({@code CsvFile.read}) and of the import (drafts written and committed). Run by
 * {@code bench/run-csv-import-benchmark.sh}; it fails only if the import did not draft every row.
 */
public final class CsvImportBenchmark {

    private static final Actor ARCHIVIST = new Actor("archivist", java.util.Set.of(Role.ARCHIVIST));

    private CsvImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = BenchOptions.option(args, "rows", 100_000);
        int runs = BenchOptions.option(args, "runs", 3);
        System.out.printf(Locale.ENGLISH, "CSV import benchmark: %,d rows, %d runs (after one warm-up of 5,000)%n",
                rows, runs);
        run(5_000, "warm-up");
        double[] read = new double[runs];
        double[] imported = new double[runs];
        for (int i = 0; i < runs; i++) {
            double[] figures = run(rows, "run " + (i + 1));
            read[i] = figures[0];
            imported[i] = figures[1];
        }
        System.out.printf(Locale.ENGLISH, "median: read and check %,.0f rows/s; import into drafts %,.0f rows/s%n",
                BenchOptions.median(read), BenchOptions.median(imported));
    }

    /** One import on a fresh schema; returns rows per second of reading and of importing. */
    private static double[] run(int rows, String name) throws Exception {
        List<RecordPublished> events = new ArrayList<>();
        try (TestDatabase db = TestDatabase.create()) {
            GeneratedCsv.publishSource(db, events);
            byte[] file = GeneratedCsv.clauses(rows, line -> false, " (" + name + ")");
            long started = System.nanoTime();
            CsvFile csv = CsvFile.read(file);
            long read = System.nanoTime();
            ImportResult result = ImportsWiring.in(db, events, s -> s.csv().importCsv(file, csv, "bench.csv", "en",
                    ARCHIVIST));
            long done = System.nanoTime();
            if (result.changes().size() != rows) {
                throw new IllegalStateException("drafted " + result.changes().size() + " of " + rows + " rows");
            }
            double readRate = rows / ((read - started) / 1e9);
            double importRate = rows / ((done - read) / 1e9);
            System.out.printf(Locale.ENGLISH, "%-8s %,8d rows (%,.1f MB): read and check %6.2f s (%,.0f rows/s), "
                            + "import %6.2f s (%,.0f rows/s), %,d citations verified%n", name, rows, file.length / 1e6,
                    (read - started) / 1e9, readRate, (done - read) / 1e9, importRate, result.verified());
            return new double[] {readRate, importRate};
        }
    }
}
