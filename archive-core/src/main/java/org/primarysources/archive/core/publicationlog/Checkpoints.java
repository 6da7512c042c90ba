package org.primarysources.archive.core.publicationlog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.transparency.Checkpoint;
import org.primarysources.archive.core.transparency.NoteVerifier;
import org.primarysources.archive.core.transparency.SignedNote;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Signed checkpoints of the log: a C2SP {@code tlog-checkpoint} (origin, size, root hash) as a C2SP
 * {@code signed-note} with the archive's Ed25519 key. One is made whenever the log has grown since the last; with
 * several instances of the archive, one of them makes it (a transaction-level advisory lock decides which).
 */
@ApplicationScoped
@Transactional
public class Checkpoints {

    public static final int MAX_PAGE_SIZE = 100;
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Checkpoints.class.getName());
    /** An advisory lock id of the archive's own: "checkpoint" as digits of a phone keypad. */
    private static final long CHECKPOINTING = 2_432_556_468L;

    private final EntityManager em;
    private final PublicationLog log;
    private final LogSigning signing;
    private final TimeStamps timeStamps;
    private final Clock clock;

    @Inject
    public Checkpoints(EntityManager em, PublicationLog log, LogSigning signing, TimeStamps timeStamps,
                       Clock clock) {
        this.em = em;
        this.log = log;
        this.signing = signing;
        this.timeStamps = timeStamps;
        this.clock = clock;
    }

    /** Only for the CDI client proxy. */
    protected Checkpoints() {
        this(null, null, null, null, null);
    }

    /** Signs and stores a checkpoint of the log as it is now, unless the latest one already covers it. */
    public Optional<StoredCheckpoint> makeIfGrown() {
        boolean ours = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                .setParameter(1, CHECKPOINTING).getSingleResult();
        if (!ours) {
            return Optional.empty();
        }
        long size = log.size();
        long covered = latest().map(StoredCheckpoint::size).orElse(0L);
        if (size == 0 || size <= covered) {
            return Optional.empty();
        }
        String origin = origin();
        Checkpoint checkpoint = new Checkpoint(origin, size, log.rootHash(size));
        String note = SignedNote.sign(checkpoint.body(), signing.key(origin)).message();
        Instant now = clock.instant();
        em.createNativeQuery("INSERT INTO log_checkpoint (size, root_hash, note, created_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, size)
                .setParameter(2, checkpoint.rootHash())
                .setParameter(3, note)
                .setParameter(4, now)
                .executeUpdate();
        signing.keepOutside(note);
        return Optional.of(new StoredCheckpoint(size, checkpoint.rootHash(), note, now, stamp(size, note)));
    }

    /**
     * Has the newest checkpoint time-stamped if an authority is configured and it is not yet (the authority was
     * away when it was signed); a stamp comes after the checkpoint, so an unreachable authority never holds up
     * signing.
     */
    public void stampLatestIfMissing() {
        if (!timeStamps.enabled()) {
            return;
        }
        latest().filter(c -> c.timestampToken() == null).ifPresent(c -> stamp(c.size(), c.note()));
    }

    private byte[] stamp(long size, String note) {
        if (!timeStamps.enabled()) {
            return null;
        }
        byte[] token;
        try {
            token = timeStamps.stamp(note);
        } catch (java.io.IOException e) {
            LOG.warning("checkpoint " + size + " has no time stamp yet: " + e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        em.createNativeQuery("UPDATE log_checkpoint SET timestamp_token = ?1 WHERE size = ?2")
                .setParameter(1, token).setParameter(2, size).executeUpdate();
        return token;
    }

    /**
     * The log's origin, the first line of its checkpoints: given once, at the first checkpoint (the configured
     * {@code archive.log.origin}, or a name with a random id), and kept in the database from then on.
     */
    public String origin() {
        Object kept = em.createNativeQuery("SELECT origin FROM log_head WHERE id = 1").getSingleResult();
        if (kept != null) {
            return (String) kept;
        }
        String given = signing.configuredOrigin()
                .orElseGet(() -> "archive.primarysources.org/log/" + java.util.UUID.randomUUID());
        em.createNativeQuery("UPDATE log_head SET origin = ?1 WHERE id = 1 AND origin IS NULL")
                .setParameter(1, given).executeUpdate();
        return (String) em.createNativeQuery("SELECT origin FROM log_head WHERE id = 1").getSingleResult();
    }

    /** What readers need to check the log's signatures. */
    public NoteVerifier verifier() {
        return signing.key(origin()).verifier();
    }

    public Optional<StoredCheckpoint> latest() {
        return page(0, 1).stream().findFirst();
    }

    /** Checkpoints, newest first. */
    public List<StoredCheckpoint> page(int page, int size) {
        if (page < 0) {
            throw new InvalidInputException("page", "pages count from 0");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "a page has 1 to " + MAX_PAGE_SIZE + " checkpoints");
        }
        List<?> rows = em.createNativeQuery("SELECT " + StoredCheckpoint.COLUMNS + " FROM log_checkpoint"
                        + " ORDER BY size DESC")
                .setFirstResult(Math.multiplyExact(page, size))
                .setMaxResults(size)
                .getResultList();
        return rows.stream().map(row -> StoredCheckpoint.of((Object[]) row)).toList();
    }

    /** Every checkpoint, oldest first, for the audit. */
    public List<StoredCheckpoint> all() {
        List<?> rows = em.createNativeQuery("SELECT " + StoredCheckpoint.COLUMNS + " FROM log_checkpoint"
                + " ORDER BY size").getResultList();
        return rows.stream().map(row -> StoredCheckpoint.of((Object[]) row)).toList();
    }

    /** Where a published version stands in the log, if it was logged. */
    public Optional<LogPosition> positionOf(String item, long itemId, int version) {
        return log.find(item, itemId, version).map(entry -> new LogPosition(entry.position(),
                covering(entry.position()).map(StoredCheckpoint::size).orElse(null)));
    }

    /** The first checkpoint that covers a position, if one does yet. */
    public Optional<StoredCheckpoint> covering(long position) {
        List<?> rows = em.createNativeQuery("SELECT " + StoredCheckpoint.COLUMNS + " FROM log_checkpoint"
                        + " WHERE size > ?1 ORDER BY size")
                .setParameter(1, position)
                .setMaxResults(1)
                .getResultList();
        return rows.stream().findFirst().map(row -> StoredCheckpoint.of((Object[]) row));
    }
}
