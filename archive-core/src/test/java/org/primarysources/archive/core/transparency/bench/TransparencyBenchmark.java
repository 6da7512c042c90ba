package org.primarysources.archive.core.transparency.bench;

import org.primarysources.archive.core.transparency.Checkpoint;
import org.primarysources.archive.core.transparency.CountingTreeNodes;
import org.primarysources.archive.core.transparency.InMemoryTreeNodes;
import org.primarysources.archive.core.transparency.InvalidNoteException;
import org.primarysources.archive.core.transparency.LogKey;
import org.primarysources.archive.core.transparency.MerkleLog;
import org.primarysources.archive.core.transparency.NoteVerifier;
import org.primarysources.archive.core.transparency.SignedNote;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.LongSupplier;

/**
 * What the transparency log costs at {@code --entries} entries (a benchmark, not a test: nothing asserts a time).
 * Appends that many 128-byte entries to a log over {@link InMemoryTreeNodes} on one thread, after a warm-up log of
 * {@code --warmup} entries, and reports µs per append (wall clock and the thread's CPU time) and nodes written; then,
 * against the full log, {@code --proofs} inclusion proofs (random index) and as many consistency proofs (random old
 * size), each timed alone, with their size in hashes and the node hashes each read from the store, and the time to
 * verify them; last, signing and opening a checkpoint. It fails only if a proof does not verify.
 *
 * <pre>bench/run-transparency-benchmark.sh [--entries=1000000] [--proofs=100000] [--warmup=200000]</pre>
 */
public final class TransparencyBenchmark {

    private static final int ENTRY_BYTES = 128;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private TransparencyBenchmark() {
    }

    public static void main(String[] args) throws InvalidNoteException {
        int entries = option(args, "entries", 1_000_000);
        int proofs = option(args, "proofs", 100_000);
        int warmup = option(args, "warmup", 200_000);

        append(new MerkleLog(new InMemoryTreeNodes()), warmup);
        CountingTreeNodes nodes = new CountingTreeNodes(new InMemoryTreeNodes());
        MerkleLog log = new MerkleLog(nodes);
        long wallStart = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        append(log, entries);
        double appendWall = (System.nanoTime() - wallStart) / 1e3 / entries;
        double appendCpu = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e3 / entries;
        long written = nodes.nodesWritten();
        long read = nodes.nodesRead();

        long size = log.size();
        byte[] root = log.rootHash(size);
        Random random = new Random(9162);
        Sample inclusion = new Sample(proofs);
        Sample inclusionCheck = new Sample(proofs);
        Sample consistency = new Sample(proofs);
        Sample consistencyCheck = new Sample(proofs);
        for (int i = 0; i < proofs; i++) {
            long index = (long) (random.nextDouble() * size);
            long old = 1 + (long) (random.nextDouble() * (size - 1));
            nodes.reset();
            long started = System.nanoTime();
            List<byte[]> path = log.inclusionProof(index, size);
            inclusion.add(System.nanoTime() - started, path.size(), nodes.nodesRead());
            byte[] leaf = log.leafHashAt(index);
            inclusionCheck.time(() -> MerkleLog.verifyInclusion(leaf, index, size, path, root) ? 0 : fail(
                    "inclusion of " + index));

            byte[] oldRoot = log.rootHash(old);
            nodes.reset();
            started = System.nanoTime();
            List<byte[]> proof = log.consistencyProof(old, size);
            consistency.add(System.nanoTime() - started, proof.size(), nodes.nodesRead());
            consistencyCheck.time(() -> MerkleLog.verifyConsistency(old, size, oldRoot, root, proof) ? 0 : fail(
                    "consistency from " + old));
        }

        LogKey key = LogKey.generate("archive.example.org/log");
        NoteVerifier verifier = key.verifier();
        String body = Checkpoint.of("archive.example.org/log", log, size).body();
        Sample signing = new Sample(1000);
        Sample opening = new Sample(1000);
        for (int i = 0; i < 1000; i++) {
            String[] message = new String[1];
            signing.time(() -> (message[0] = SignedNote.sign(body, key).message()).length());
            opening.time(() -> {
                try {
                    return Checkpoint.parse(verifier.open(message[0]).text()).size();
                } catch (InvalidNoteException e) {
                    return fail(e.getMessage());
                }
            });
        }

        System.out.printf(Locale.ROOT, "%,d entries of %d bytes; one thread; %s %s%n%n", entries, ENTRY_BYTES,
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        System.out.println("| append | µs per entry (wall) | µs per entry (CPU) | nodes written per entry |"
                + " nodes read |");
        System.out.println("|---|---:|---:|---:|---:|");
        System.out.printf(Locale.ROOT, "| %,d entries | %.2f | %.2f | %.3f | %,d |%n%n", entries, appendWall,
                appendCpu, (double) written / entries, read);
        System.out.printf(Locale.ROOT, "Proofs against the tree of %,d entries, %,d of each (random index, random old"
                + " size):%n%n", size, proofs);
        System.out.println("| | µs to make (median / p99 / max) | hashes (mean / max) | bytes (max)"
                + " | nodes read (mean / max) | µs to verify (median) |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        inclusion.row("inclusion proof", inclusionCheck);
        consistency.row("consistency proof", consistencyCheck);
        System.out.printf(Locale.ROOT, "%nCheckpoint (%d bytes of body): sign %.1f µs, open and parse %.1f µs"
                + " (medians of 1,000)%n", body.length(), signing.median(), opening.median());
        System.out.printf(Locale.ROOT, "Load average at the end %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void append(MerkleLog log, int count) {
        byte[] entry = new byte[ENTRY_BYTES];
        byte[] text = "record 3f1c2b7e-5d4a-4e8f-9b60-2a7d1c9e8f01 version 17 sha256 ".getBytes(
                StandardCharsets.US_ASCII);
        System.arraycopy(text, 0, entry, 0, text.length);
        for (int i = 0; i < count; i++) {
            for (int b = 0; b < 8; b++) {
                entry[ENTRY_BYTES - 1 - b] = (byte) ((long) i >>> (8 * b));
            }
            log.append(entry);
        }
    }

    private static int fail(String what) {
        throw new IllegalStateException(what + " did not verify");
    }

    private static int option(String[] args, String name, int fallback) {
        for (String arg : args) {
            if (arg.startsWith("--" + name + "=")) {
                return Integer.parseInt(arg.substring(name.length() + 3));
            }
        }
        return fallback;
    }

    /** Times and sizes of one kind of operation. */
    private static final class Sample {

        private final long[] nanos;
        private final long[] hashes;
        private final long[] reads;
        private int count;

        Sample(int capacity) {
            nanos = new long[capacity];
            hashes = new long[capacity];
            reads = new long[capacity];
        }

        void add(long elapsed, long proofHashes, long nodesRead) {
            nanos[count] = elapsed;
            hashes[count] = proofHashes;
            reads[count] = nodesRead;
            count++;
        }

        void time(LongSupplier operation) {
            long started = System.nanoTime();
            operation.getAsLong();
            add(System.nanoTime() - started, 0, 0);
        }

        double median() {
            return percentile(0.5);
        }

        double percentile(double p) {
            long[] sorted = Arrays.copyOf(nanos, count);
            Arrays.sort(sorted);
            return sorted[Math.min(count - 1, (int) (p * count))] / 1e3;
        }

        void row(String what, Sample verification) {
            long maxHashes = Arrays.stream(hashes, 0, count).max().orElse(0);
            System.out.printf(Locale.ROOT, "| %s | %.1f / %.1f / %.1f | %.1f / %d | %,d | %.1f / %d | %.1f |%n",
                    what, median(), percentile(0.99), percentile(1.0),
                    Arrays.stream(hashes, 0, count).average().orElse(0), maxHashes, maxHashes * MerkleLog.HASH_SIZE,
                    Arrays.stream(reads, 0, count).average().orElse(0),
                    Arrays.stream(reads, 0, count).max().orElse(0), verification.median());
        }
    }
}
