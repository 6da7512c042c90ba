package org.primarysources.archive.core.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A primary-source document's identity; what it says lives in its versions. */
@Entity
@Table(name = "source")
class Source {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "source_seq")
    @SequenceGenerator(name = "source_seq", sequenceName = "source_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "published_version", nullable = false)
    private int publishedVersion;

    @Column(name = "title", length = 1000)
    private String title;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Source() {
    }

    Source(Instant createdAt) {
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    int publishedVersion() {
        return publishedVersion;
    }

    String title() {
        return title;
    }

    void published(int number, String title) {
        this.publishedVersion = number;
        this.title = title;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Source that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Source.class.hashCode();
    }
}
