-- Every import keeps the file it read, byte for byte (its SHA-256 is import_batch.file_sha256), with the media type
-- it was uploaded as. A row per import, apart from the batch so that listing batches never reads the bytes.
CREATE TABLE import_original (
    import_id  BIGINT       NOT NULL,
    media_type VARCHAR(255) NOT NULL,
    size_bytes BIGINT       NOT NULL,
    content    BYTEA        NOT NULL,
    CONSTRAINT import_original_pk PRIMARY KEY (import_id),
    CONSTRAINT import_original_import_fk FOREIGN KEY (import_id) REFERENCES import_batch (id)
);

-- A CSV import drafts records of sources that exist already: its batch makes no transcription version.
ALTER TABLE import_batch ALTER COLUMN source_id DROP NOT NULL;
ALTER TABLE import_batch ALTER COLUMN source_version DROP NOT NULL;

-- Imports of many rows run in the background; their progress lives here, so that every instance sharing the
-- database can tell it and ask for a cancellation. Nothing of the import itself is written before it is done.
-- Work in progress, not the archive's content: a backup leaves this table out.
CREATE SEQUENCE import_job_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE import_job (
    id               BIGINT       NOT NULL,
    state            VARCHAR(16)  NOT NULL,
    file_name        VARCHAR(255),
    media_type       VARCHAR(255) NOT NULL,
    file_sha256      VARCHAR(64)  NOT NULL,
    archivist        VARCHAR(64)  NOT NULL,
    rows_total       INTEGER      NOT NULL,
    rows_done        INTEGER      NOT NULL,
    cancel_requested BOOLEAN      NOT NULL,
    import_id        BIGINT,
    error_line       BIGINT,
    error_column     VARCHAR(64),
    error            VARCHAR(2000),
    created_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT import_job_pk PRIMARY KEY (id),
    CONSTRAINT import_job_state_ck CHECK (state IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED'))
);
