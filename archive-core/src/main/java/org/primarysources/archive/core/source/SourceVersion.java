package org.primarysources.archive.core.source;

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

import java.time.Instant;

/** One published state of a source. Inserted once, never updated or deleted. */
@Entity
@Immutable
@Table(name = "source_version")
class SourceVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "source_version_seq")
    @SequenceGenerator(name = "source_version_seq", sequenceName = "source_version_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    private Source source;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "content", nullable = false, length = Integer.MAX_VALUE)
    private String content;

    @Column(name = "transcription", nullable = false, length = Integer.MAX_VALUE)
    private String transcription;

    @Column(name = "transcription_sha256", nullable = false, length = 64)
    private String transcriptionSha256;

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

    protected SourceVersion() {
    }

    SourceVersion(Source source, int number, String content, String transcription, String transcriptionSha256,
                  String hash, String previousHash, Activity activity, String author, String approver,
                  Long changeId, Long importId, Instant createdAt) {
        this.source = source;
        this.number = number;
        this.content = content;
        this.transcription = transcription;
        this.transcriptionSha256 = transcriptionSha256;
        this.hash = hash;
        this.previousHash = previousHash;
        this.activity = activity;
        this.author = author;
        this.approver = approver;
        this.changeId = changeId;
        this.importId = importId;
        this.createdAt = createdAt;
    }

    Source source() { return source; }
    int number() { return number; }
    String content() { return content; }
    String transcription() { return transcription; }
    String transcriptionSha256() { return transcriptionSha256; }
    String hash() { return hash; }
    String previousHash() { return previousHash; }
    Activity activity() { return activity; }
    String author() { return author; }
    String approver() { return approver; }
    Long changeId() { return changeId; }
    Long importId() { return importId; }
    Instant createdAt() { return createdAt; }
}
