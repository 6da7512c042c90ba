package org.primarysources.archive.core.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.primarysources.archive.core.history.Activity;
import org.primarysources.archive.core.history.VersionSummary;

import java.time.Instant;

/** One published state of a record. Inserted once, never updated or deleted. */
@Entity
@Immutable
@Table(name = "record_version")
class RecordVersion {

    /** Stored for entities, which cite nothing to verify. */
    static final String NOT_APPLICABLE = "NOT_APPLICABLE";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "record_version_seq")
    @SequenceGenerator(name = "record_version_seq", sequenceName = "record_version_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "record_id")
    private Record record;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "content", nullable = false, length = Integer.MAX_VALUE)
    private String content;

    @Column(name = "verification", nullable = false, length = 16)
    private String verification;

    @Column(name = "hash", nullable = false, length = 64)
    private String hash;

    @Column(name = "previous_hash", length = 64)
    private String previousHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "activity", nullable = false, length = 16)
    private Activity activity;

    @Column(name = "author", nullable = false, length = 64)
    private String author;

    @Column(name = "approver", length = 64)
    private String approver;

    @Column(name = "change_id")
    private Long changeId;

    @Column(name = "import_id")
    private Long importId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected RecordVersion() {
    }

    RecordVersion(Record record, int number, String content, String verification, String hash, String previousHash,
                  Activity activity, String author, String approver, Long changeId, Long importId, Instant createdAt) {
        this.record = record;
        this.number = number;
        this.content = content;
        this.verification = verification;
        this.hash = hash;
        this.previousHash = previousHash;
        this.activity = activity;
        this.author = author;
        this.approver = approver;
        this.changeId = changeId;
        this.importId = importId;
        this.createdAt = createdAt;
    }

    VersionSummary toSummary() {
        return new VersionSummary(number, hash, previousHash, author, approver, createdAt, activity, changeId);
    }

    Record record() { return record; }
    int number() { return number; }
    String content() { return content; }
    String verification() { return verification; }
    String hash() { return hash; }
    String previousHash() { return previousHash; }
    Activity activity() { return activity; }
    String author() { return author; }
    String approver() { return approver; }
    Long changeId() { return changeId; }
    Long importId() { return importId; }
    Instant createdAt() { return createdAt; }
}
