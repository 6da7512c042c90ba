package org.primarysources.archive.core.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** The file an import read, byte for byte, and the media type it came as; its SHA-256 is its batch's. */
@Entity
@Immutable
@Table(name = "import_original")
class ImportOriginal {

    @Id
    @Column(name = "import_id")
    private Long importId;

    @Column(name = "media_type", nullable = false, length = 255)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "content", nullable = false)
    private byte[] content;

    protected ImportOriginal() {
    }

    ImportOriginal(long importId, String mediaType, byte[] content) {
        this.importId = importId;
        this.mediaType = mediaType;
        this.size = content.length;
        this.content = content;
    }

    String mediaType() { return mediaType; }
    byte[] content() { return content; }
}
