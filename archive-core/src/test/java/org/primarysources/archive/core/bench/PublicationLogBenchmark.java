package org.primarysources.archive.core.bench;

import org.primarysources.archive.core.history.Activity;
import org.primarysources.archive.core.history.HashChain;
import org.primarysources.archive.core.platform.TestDatabase;
import org.primarysources.archive.core.publicationlog.ConsistencyProof;
import org.primarysources.archive.core.publicationlog.InclusionProof;
import org.primarysources.archive.core.publicationlog.LogEntry;
import org.primarysources.archive.core.publicationlog.PublicationLog;
import org.primarysources.archive.core.transparency.MerkleLog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Random;

/**
 * A benchmark, not a test: the transparency log as the archive keeps it, in PostgreSQL. Appends {@code --entries}
 * record-version entries through {@code PublicationLog.append} ({@code --batch} per transaction, as an import
 * publishes), then asks {@code --proofs} inclusion proofs and as many consistency proofs at the full size, each
 * verified, and reports time per append, proof times and sizes, and the tables' size. Run by
 * {@code bench/run-publication-log-benchmark.sh}; it fails only if a proof does not verify.
 */
public final class PublicationLogBenchmark {

    private PublicationLogBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int entries = BenchOptions.option(args, "entries", 1_000_000);
        int batch = BenchOptions.option(args, "batch", 1_000);
        int proofs = BenchOptions.option(args, "proofs", 1_000);
        Clock clock = Clock.systemUTC();
        System.out.printf(Locale.ENGLISH, "Publication log benchmark: %,d entries, %,d per transaction, %,d proofs%n",
                entries, batch, proofs);
        try (TestDatabase db = TestDatabase.create()) {
            Instant at = Instant.parse("2026-12-04T12:00:00Z");
            long started = System.nanoTime();
            long lastReport = started;
            for (int done = 0; done < entries; done += batch) {
                int first = done;
                int count = Math.min(batch, entries - done);
                db.inTransaction(em -> {
                    PublicationLog log = new PublicationLog(em, clock);
                    for (int i = first; i < first + count; i++) {
                        log.append(LogEntry.ofRecord(i + 1, 1, HashChain.sha256("record " + i), "VERIFIED",
                                Activity.IMPORT, "archivist", "editor", at));
                    }
                });
                if (System.nanoTime() - lastReport > 30e9) {
                    lastReport = System.nanoTime();
                    System.out.printf(Locale.ENGLISH, "  %,d appended, %.0f µs each so far%n", done + count,
                            (lastReport - started) / 1e3 / (done + count));
                }
            }
            double appendMicros = (System.nanoTime() - started) / 1e3 / entries;
            System.out.printf(Locale.ENGLISH, "append: %.0f µs per entry (%,.0f entries/s), committed in batches%n",
                    appendMicros, 1e6 / appendMicros);

            Random random = new Random(42);
            double[] inclusion = new double[proofs];
            double[] consistency = new double[proofs];
            int[] largest = {0, 0};
            db.inTransaction(em -> {
                PublicationLog log = new PublicationLog(em, clock);
                long size = log.size();
                byte[] root = log.rootHash(size);
                for (int i = 0; i < proofs; i++) {
                    long id = 1 + random.nextInt(entries);
                    long t0 = System.nanoTime();
                    InclusionProof proof = log.inclusionProof(LogEntry.RECORD, id, 1, size);
                    inclusion[i] = (System.nanoTime() - t0) / 1e3;
                    if (!MerkleLog.verifyInclusion(MerkleLog.leafHash(proof.entry().entry().bytes()),
                            proof.entry().position(), size, proof.path(), root)) {
                        throw new IllegalStateException("inclusion proof of record " + id + " does not verify");
                    }
                    largest[0] = Math.max(largest[0], proof.path().size());
                    long old = 1 + random.nextInt(entries - 1);
                    t0 = System.nanoTime();
                    ConsistencyProof grew = log.consistencyProof(old, size);
                    consistency[i] = (System.nanoTime() - t0) / 1e3;
                    if (!MerkleLog.verifyConsistency(old, size, grew.oldRoot(), root, grew.path())) {
                        throw new IllegalStateException("consistency proof " + old + " → " + size
                                + " does not verify");
                    }
                    largest[1] = Math.max(largest[1], grew.path().size());
                }
            });
            System.out.printf(Locale.ENGLISH, "inclusion proof from the database: median %.0f µs, p99 %.0f µs,"
                            + " at most %d hashes (%d bytes)%n", BenchOptions.median(inclusion),
                    BenchOptions.percentile(inclusion, 99), largest[0], largest[0] * 32);
            System.out.printf(Locale.ENGLISH, "consistency proof from the database: median %.0f µs, p99 %.0f µs,"
                            + " at most %d hashes (%d bytes)%n", BenchOptions.median(consistency),
                    BenchOptions.percentile(consistency, 99), largest[1], largest[1] * 32);
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT pg_total_relation_size('log_entry'),"
                         + " pg_total_relation_size('log_node')")) {
                r.next();
                System.out.printf(Locale.ENGLISH, "tables: log_entry %,d MB, log_node %,d MB (%.0f bytes per entry)%n",
                        r.getLong(1) >> 20, r.getLong(2) >> 20, (r.getLong(1) + r.getLong(2)) / (double) entries);
            }
        }
    }
}
