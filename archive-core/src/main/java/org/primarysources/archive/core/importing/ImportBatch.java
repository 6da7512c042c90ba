package org.primarysources.archive.core.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/**
 * One imported file: its SHA-256 (unique: the same file is never imported twice), who, when, what it made. An
 * article's batch makes a transcription version of its source; a CSV batch drafts records of existing sources
 * and has neither. The file itself is kept as the batch's {@link ImportOriginal}.
 */
@Entity
@Immutable
@Table(name = "import_batch")
class ImportBatch {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_batch_seq")
    @SequenceGenerator(name = "import_batch_seq", sequenceName = "import_batch_seq", allocationSize = 50)
    private Long id;

    @Column(name = "file_name", length = 255)
    private String fileName;

    @Column(name = "file_sha256", nullable = false, length = 64)
    private String fileSha256;

    @Column(name = "importer_version", nullable = false, length = 32)
    private String importerVersion;

    @Column(name = "archivist", nullable = false, length = 64)
    private String archivist;

    @Column(name = "source_id")
    private Long sourceId;

    @Column(name = "source_version")
    private Integer sourceVersion;

    @Column(name = "clauses", nullable = false)
    private int clauses;

    @Column(name = "quotes", nullable = false)
    private int quotes;

    @Column(name = "entities", nullable = false)
    private int entities;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ImportBatch() {
    }

    ImportBatch(String fileName, String fileSha256, String importerVersion, String archivist, Long sourceId,
                Integer sourceVersion, int clauses, int quotes, int entities, Instant createdAt) {
        this.fileName = fileName;
        this.fileSha256 = fileSha256;
        this.importerVersion = importerVersion;
        this.archivist = archivist;
        this.sourceId = sourceId;
        this.sourceVersion = sourceVersion;
        this.clauses = clauses;
        this.quotes = quotes;
        this.entities = entities;
        this.createdAt = createdAt;
    }

    ImportSummary toSummary(String originalMediaType) {
        return new ImportSummary(id, fileName, fileSha256, importerVersion, archivist, createdAt, originalMediaType);
    }

    Long id() { return id; }
    String fileName() { return fileName; }
    String fileSha256() { return fileSha256; }
    String importerVersion() { return importerVersion; }
    String archivist() { return archivist; }
    Instant createdAt() { return createdAt; }
    Long sourceId() { return sourceId; }
    Integer sourceVersion() { return sourceVersion; }
    int clauses() { return clauses; }
    int quotes() { return quotes; }
    int entities() { return entities; }
}
