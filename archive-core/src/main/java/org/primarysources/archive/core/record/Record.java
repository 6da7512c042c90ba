package org.primarysources.archive.core.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.primarysources.archive.core.error.ConflictException;

import java.time.Instant;

/**
 * A record's identity and which of its versions is the published one. Guards the one invariant of publishing:
 * a new version is based on the current one (else someone else published in between: a conflict).
 */
@Entity
@Table(name = "record")
class Record {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "record_seq")
    @SequenceGenerator(name = "record_seq", sequenceName = "record_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private RecordKind kind;

    @Column(name = "source_id", nullable = false)
    private long sourceId;

    @Column(name = "published_version", nullable = false)
    private int publishedVersion;

    @Column(name = "retracted", nullable = false)
    private boolean retracted;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Record() {
    }

    Record(RecordKind kind, long sourceId, Instant createdAt) {
        this.kind = kind;
        this.sourceId = sourceId;
        this.createdAt = createdAt;
    }

    /** Moves to the next version; {@code baseVersion} is the version the change was drafted against. */
    int nextVersion(Integer baseVersion, boolean retraction) {
        if (baseVersion != null && baseVersion != publishedVersion) {
            throw new ConflictException("record " + id + " is at version " + publishedVersion
                    + ", not " + baseVersion + ": rebase the change on the newer version");
        }
        if (retracted) {
            throw new ConflictException("record " + id + " is retracted");
        }
        publishedVersion++;
        retracted = retraction;
        return publishedVersion;
    }

    Long id() { return id; }
    RecordKind kind() { return kind; }
    long sourceId() { return sourceId; }
    int publishedVersion() { return publishedVersion; }
    boolean retracted() { return retracted; }

    @Override
    public boolean equals(Object other) {
        return other instanceof Record that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Record.class.hashCode();
    }
}
