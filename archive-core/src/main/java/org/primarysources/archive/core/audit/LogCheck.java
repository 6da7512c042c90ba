package org.primarysources.archive.core.audit;

import org.primarysources.archive.core.publicationlog.LogEntry;
import org.primarysources.archive.core.publicationlog.PublicationLog.LogRow;
import org.primarysources.archive.core.publicationlog.StoredCheckpoint;
import org.primarysources.archive.core.publicationlog.TimeStamps;
import org.primarysources.archive.core.transparency.Checkpoint;
import org.primarysources.archive.core.transparency.InvalidNoteException;
import org.primarysources.archive.core.transparency.MerkleLog;
import org.primarysources.archive.core.transparency.NoteVerifier;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Holds the database to the archive's transparency log. It recomputes the tree from the entries, leaf by leaf, and
 * checks every signed checkpoint against it (a rewritten entry, or a rewritten tree, cannot match a signature made
 * before); then it compares every stored version with the entry logged when it was published, and reports what the
 * log has that the database lost: a deleted version, a deleted item, a published version set back.
 */
final class LogCheck {

    private final Consumer<Finding> findings;
    private final Map<String, LogRow> unmatched = new HashMap<>();
    private final Iterator<StoredCheckpoint> checkpoints;
    private final NoteVerifier verifier;
    private final String origin;
    private final TimeStamps timeStamps;
    private final Deque<Subtree> frontier = new ArrayDeque<>();
    private StoredCheckpoint nextCheckpoint;
    private long size;
    private long firstRewritten = -1;

    private record Subtree(int level, byte[] hash) {
    }

    LogCheck(List<StoredCheckpoint> checkpointsOldestFirst, NoteVerifier verifier, String origin,
             TimeStamps timeStamps, Consumer<Finding> findings) {
        this.findings = findings;
        this.timeStamps = timeStamps;
        this.checkpoints = checkpointsOldestFirst.iterator();
        this.verifier = verifier;
        this.origin = origin;
        this.nextCheckpoint = checkpoints.hasNext() ? checkpoints.next() : null;
    }

    /** Feed entries in position order. */
    void entry(LogRow row) {
        long position = row.logged().position();
        if (position != size) {
            findings.accept(logFinding(size, "entries " + size + " to " + (position - 1) + " are missing"));
            size = position;
        }
        byte[] leaf = MerkleLog.leafHash(row.logged().entry().bytes());
        if (row.storedLeafHash() == null || !Arrays.equals(leaf, row.storedLeafHash())) {
            if (firstRewritten < 0) {
                firstRewritten = position;
            }
            findings.accept(logFinding(position, "entry " + position + " (" + row.logged().describe()
                    + ") was rewritten: it does not hash to the leaf stored for it"));
        }
        add(leaf);
        size++;
        while (nextCheckpoint != null && nextCheckpoint.size() == size) {
            checkpoint(nextCheckpoint, root());
            nextCheckpoint = checkpoints.hasNext() ? checkpoints.next() : null;
        }
        LogEntry entry = row.logged().entry();
        unmatched.put(key(entry.item(), entry.itemId(), entry.version()), row);
    }

    /** Feed every stored version, after the entries. */
    void version(LogEntry stored) {
        LogRow logged = unmatched.remove(key(stored.item(), stored.itemId(), stored.version()));
        if (logged == null) {
            findings.accept(new Finding(stored.item(), stored.itemId(), stored.version(),
                    "is not in the archive's transparency log"));
        } else if (!logged.logged().entry().text().equals(stored.text())) {
            findings.accept(new Finding(stored.item(), stored.itemId(), stored.version(),
                    "differs from its log entry " + logged.logged().position() + ": the log says "
                            + logged.logged().entry().text() + ", the database " + stored.text()));
        }
    }

    /** Reports checkpoints beyond the log's end and logged versions the database no longer has. */
    void finish(long headSize) {
        if (headSize != size) {
            findings.accept(logFinding(size, "the log's head says " + headSize + " entries; it holds " + size));
        }
        while (nextCheckpoint != null) {
            findings.accept(logFinding(nextCheckpoint.size(), "checkpoint " + nextCheckpoint.size()
                    + " is beyond the log's " + size + " entries: entries were removed"));
            nextCheckpoint = checkpoints.hasNext() ? checkpoints.next() : null;
        }
        unmatched.values().stream()
                .sorted((a, b) -> Long.compare(a.logged().position(), b.logged().position()))
                .forEach(row -> {
                    LogEntry entry = row.logged().entry();
                    findings.accept(new Finding(entry.item(), entry.itemId(), entry.version(), "is in the log (entry "
                            + row.logged().position() + ") but gone from the database"));
                });
    }

    long size() {
        return size;
    }

    private void checkpoint(StoredCheckpoint stored, byte[] recomputedRoot) {
        Checkpoint signed;
        try {
            signed = Checkpoint.parse(verifier.open(stored.note()).text());
        } catch (InvalidNoteException e) {
            findings.accept(logFinding(stored.size(), "checkpoint " + stored.size()
                    + " does not carry a valid signature of the archive's key: " + e.getMessage()));
            return;
        }
        if (!signed.origin().equals(origin) || signed.size() != stored.size()
                || !Arrays.equals(signed.rootHash(), stored.rootHash())) {
            findings.accept(logFinding(stored.size(), "checkpoint " + stored.size()
                    + " is stored with a size or root hash its signed note does not state"));
        }
        if (stored.timestampToken() != null) {
            TimeStamps.Verdict stamp = timeStamps.verify(stored.timestampToken(), stored.note());
            if (!stamp.verified()) {
                findings.accept(logFinding(stored.size(), "checkpoint " + stored.size() + ": " + stamp.problem()));
            }
        }
        if (!Arrays.equals(signed.rootHash(), recomputedRoot)) {
            findings.accept(logFinding(firstRewritten >= 0 ? firstRewritten : stored.size() - 1,
                    "the first " + stored.size() + " entries no longer hash to signed checkpoint " + stored.size()
                            + (firstRewritten >= 0 ? "; the first rewritten entry is " + firstRewritten
                            : ": history before it was rewritten")));
        }
    }

    /** Adds a leaf to the compact range of complete subtrees: O(log n) memory for any size. */
    private void add(byte[] leaf) {
        Subtree added = new Subtree(0, leaf);
        while (!frontier.isEmpty() && frontier.peekLast().level() == added.level()) {
            Subtree left = frontier.pollLast();
            added = new Subtree(left.level() + 1, MerkleLog.nodeHash(left.hash(), added.hash()));
        }
        frontier.addLast(added);
    }

    /** The root of the entries so far (RFC 9162: the largest power of two on the left). */
    private byte[] root() {
        Iterator<Subtree> smallestFirst = frontier.descendingIterator();
        byte[] root = smallestFirst.next().hash();
        while (smallestFirst.hasNext()) {
            root = MerkleLog.nodeHash(smallestFirst.next().hash(), root);
        }
        return root;
    }

    private static Finding logFinding(long position, String problem) {
        return new Finding("log", position, 0, problem);
    }

    private static String key(String item, long id, int version) {
        return item + "/" + id + "/" + version;
    }
}
