package org.primarysources.archive.core.publicationlog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.action.spi.AfterTransactionCompletionProcess;
import org.hibernate.engine.spi.SessionImplementor;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.error.NotFoundException;
import org.primarysources.archive.core.transparency.MerkleLog;

import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.function.Consumer;

/**
 * The archive's log of publications. {@link #append} is called by whoever publishes a version, inside the publishing
 * transaction: it locks the log's head row, so entries take positions in the order their transactions commit, and a
 * publication that rolls back leaves no entry. The rest reads: entries, roots and proofs for any size up to now.
 */
@ApplicationScoped
@Transactional
public class PublicationLog {

    /** The most entries one read returns. */
    public static final int MAX_ENTRIES = 1000;

    private final EntityManager em;
    private final Clock clock;
    /**
     * The tree each open transaction appends to, by its session (one per transaction), let go when the transaction
     * completes — and, should a session be dropped without completing, when it is garbage.
     */
    private final Map<SessionImplementor, MerkleLog> appending = Collections.synchronizedMap(new WeakHashMap<>());

    @Inject
    public PublicationLog(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Only for the CDI client proxy. */
    protected PublicationLog() {
        this(null, null);
    }

    /**
     * Appends a published version; returns its position. Must run in the publishing transaction. The first append of
     * a transaction locks the log's head and opens the tree; later appends of the same transaction (an import
     * publishes hundreds) go on from there, so each costs its own rows only.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long append(LogEntry entry) {
        long position = appending().append(entry.bytes());
        em.createNativeQuery("INSERT INTO log_entry (position, item, item_id, version, entry, appended_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, position)
                .setParameter(2, entry.item())
                .setParameter(3, entry.itemId())
                .setParameter(4, entry.version())
                .setParameter(5, entry.text())
                .setParameter(6, clock.instant())
                .executeUpdate();
        em.createNativeQuery("UPDATE log_head SET size = ?1 WHERE id = 1").setParameter(1, position + 1)
                .executeUpdate();
        return position;
    }

    /** The tree this transaction appends to, opened under the head's lock at its first append. */
    private MerkleLog appending() {
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        MerkleLog open = appending.get(session);
        if (open != null) {
            return open;
        }
        long size = ((Number) em.createNativeQuery("SELECT size FROM log_head WHERE id = 1 FOR UPDATE")
                .getSingleResult()).longValue();
        MerkleLog log = new MerkleLog(new DatabaseTreeNodes(em), size);
        appending.put(session, log);
        // committed or rolled back, JTA or not: the next transaction locks anew
        session.getActionQueue().registerProcess((AfterTransactionCompletionProcess)
                (success, completed) -> appending.remove(session));
        return log;
    }

    /** How many entries the log holds (committed ones). */
    public long size() {
        return ((Number) em.createNativeQuery("SELECT size FROM log_head WHERE id = 1").getSingleResult())
                .longValue();
    }

    /** Entries from {@code start} (inclusive) to {@code end} (exclusive), at most {@link #MAX_ENTRIES}. */
    public List<LoggedEntry> entries(long start, long end) {
        long size = size();
        if (start < 0 || end < start) {
            throw new InvalidInputException("start", "a range runs from start to end, 0 ≤ start ≤ end");
        }
        if (end > size) {
            throw new InvalidInputException("end", "the log holds " + size + " entries");
        }
        if (end - start > MAX_ENTRIES) {
            throw new InvalidInputException("end", "one read returns at most " + MAX_ENTRIES + " entries");
        }
        List<?> rows = em.createNativeQuery("SELECT position, item, item_id, version, entry FROM log_entry"
                        + " WHERE position >= ?1 AND position < ?2 ORDER BY position")
                .setParameter(1, start)
                .setParameter(2, end)
                .getResultList();
        return rows.stream().map(row -> LoggedEntry.of((Object[]) row)).toList();
    }

    /**
     * Reads every entry in position order with the leaf hash stored for it (null if none is), for the audit; rows
     * are fetched a thousand at a time.
     */
    public void readLog(Consumer<LogRow> reader) {
        em.createNativeQuery("SELECT e.position, e.item, e.item_id, e.version, e.entry, n.hash FROM log_entry e"
                        + " LEFT JOIN log_node n ON n.level = 0 AND n.position = e.position ORDER BY e.position")
                .setHint("org.hibernate.fetchSize", 1000)
                .getResultStream()
                .forEach(row -> {
                    Object[] columns = (Object[]) row;
                    reader.accept(new LogRow(LoggedEntry.of(columns), (byte[]) columns[5]));
                });
    }

    /** An entry as the audit reads it: what was appended, and the leaf hash stored for it. */
    public record LogRow(LoggedEntry logged, byte[] storedLeafHash) {
    }

    /** Where a version stands in the log, if it was logged. */
    public Optional<LoggedEntry> find(String item, long itemId, int version) {
        List<?> rows = em.createNativeQuery("SELECT position, item, item_id, version, entry FROM log_entry"
                        + " WHERE item = ?1 AND item_id = ?2 AND version = ?3")
                .setParameter(1, item)
                .setParameter(2, itemId)
                .setParameter(3, version)
                .getResultList();
        return rows.stream().findFirst().map(row -> LoggedEntry.of((Object[]) row));
    }

    /** The root hash of the tree of the first {@code treeSize} entries. */
    public byte[] rootHash(long treeSize) {
        return log(requireSize("size", treeSize)).rootHash(treeSize);
    }

    /** The proof that a version's entry is in the tree of {@code treeSize} entries (RFC 9162 §2.1.3). */
    public InclusionProof inclusionProof(String item, long itemId, int version, long treeSize) {
        LoggedEntry entry = find(item, itemId, version).orElseThrow(() -> new NotFoundException(
                item + " " + itemId + " version " + version + " is not in the log"));
        requireSize("size", treeSize);
        if (entry.position() >= treeSize) {
            throw new InvalidInputException("size", entry.describe() + " is entry " + entry.position()
                    + "; a tree of " + treeSize + " entries does not hold it yet");
        }
        MerkleLog log = log(treeSize);
        return new InclusionProof(entry, treeSize, log.rootHash(treeSize),
                log.inclusionProof(entry.position(), treeSize));
    }

    /** The proof that the tree of {@code oldSize} entries is a prefix of that of {@code newSize} (§2.1.4). */
    public ConsistencyProof consistencyProof(long oldSize, long newSize) {
        requireSize("to", newSize);
        if (oldSize < 1 || oldSize > newSize) {
            throw new InvalidInputException("from", "a consistency proof runs from a size of 1 or more up to 'to'");
        }
        MerkleLog log = log(newSize);
        return new ConsistencyProof(oldSize, newSize, log.rootHash(oldSize), log.rootHash(newSize),
                log.consistencyProof(oldSize, newSize));
    }

    private long requireSize(String field, long treeSize) {
        long size = size();
        if (treeSize < 1 || treeSize > size) {
            throw new InvalidInputException(field, "the log holds " + size + " entries; ask for a size from 1 to "
                    + size);
        }
        return treeSize;
    }

    private MerkleLog log(long treeSize) {
        return new MerkleLog(new DatabaseTreeNodes(em), treeSize);
    }
}
