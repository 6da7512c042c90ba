package org.primarysources.archive.core.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/** A published record version waiting to reach the search index. */
@Entity
@Table(name = "outbox")
class OutboxEntry {

    static final Duration MAX_BACK_OFF = Duration.ofSeconds(10);
    /** How long a row the index refused waits before it is tried again (e.g. after the mapping was fixed). */
    static final Duration PARKED = Duration.ofHours(1);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_seq")
    @SequenceGenerator(name = "outbox_seq", sequenceName = "outbox_seq", allocationSize = 50)
    private Long id;

    /** What the row is about. */
    enum Item { RECORD, SOURCE }

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "item", nullable = false, length = 8)
    private Item item = Item.RECORD;

    /** The record's id, or the source's when {@code item} is SOURCE. */
    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "retracted", nullable = false)
    private boolean retracted;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected OutboxEntry() {
    }

    OutboxEntry(long recordId, int version, boolean retracted, Instant now) {
        this(Item.RECORD, recordId, version, retracted, now);
    }

    OutboxEntry(Item item, long id, int version, boolean retracted, Instant now) {
        this.item = item;
        this.recordId = id;
        this.version = version;
        this.retracted = retracted;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** Failed again: wait 1 s, 2 s, 4 s, 8 s, then every 10 s (one cheap attempt per batch) until the index is back. */
    void failed(String error, Instant now) {
        attempts++;
        long seconds = Math.min(MAX_BACK_OFF.toSeconds(), 1L << Math.min(attempts - 1, 16));
        nextAttemptAt = now.plusSeconds(seconds);
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    }

    /** The index refused this item itself (not the connection): parked, so that it does not hold up the rest. */
    void refused(String reason, Instant now) {
        attempts++;
        nextAttemptAt = now.plus(PARKED);
        String error = "refused by the search index: " + reason;
        lastError = error.substring(0, Math.min(error.length(), 1000));
    }

    Long id() { return id; }
    Item item() { return item; }
    long recordId() { return recordId; }
    int version() { return version; }
    boolean retracted() { return retracted; }
    Instant createdAt() { return createdAt; }
    int attempts() { return attempts; }
}
