-- Sources and records. A row in source/record is the identity; every published state is an immutable
-- ${long_text} is TEXT on PostgreSQL and CHARACTER LARGE OBJECT on H2 (see SchemaMigration).
-- *_version row, hash-chained to the one before it. Version rows are only ever inserted.

CREATE SEQUENCE source_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE source_version_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE record_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE record_version_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE source (
    id                BIGINT  NOT NULL,
    version           BIGINT  NOT NULL,
    published_version INTEGER NOT NULL,
    title             VARCHAR(1000),
    created_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT source_pk PRIMARY KEY (id)
);

CREATE TABLE source_version (
    id                   BIGINT        NOT NULL,
    source_id            BIGINT        NOT NULL,
    number               INTEGER       NOT NULL,
    content              ${long_text} NOT NULL,
    transcription        ${long_text} NOT NULL,
    transcription_sha256 VARCHAR(64)   NOT NULL,
    hash                 VARCHAR(64)   NOT NULL,
    previous_hash        VARCHAR(64),
    activity             VARCHAR(16)   NOT NULL,
    author               VARCHAR(64)   NOT NULL,
    approver             VARCHAR(64),
    change_id            BIGINT,
    import_id            BIGINT,
    created_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT source_version_pk PRIMARY KEY (id),
    CONSTRAINT source_version_source_fk FOREIGN KEY (source_id) REFERENCES source (id),
    CONSTRAINT source_version_number_uk UNIQUE (source_id, number)
);

CREATE TABLE record (
    id                BIGINT      NOT NULL,
    version           BIGINT      NOT NULL,
    kind              VARCHAR(16) NOT NULL,
    source_id         BIGINT      NOT NULL,
    published_version INTEGER     NOT NULL,
    retracted         BOOLEAN     NOT NULL,
    created_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT record_pk PRIMARY KEY (id),
    CONSTRAINT record_source_fk FOREIGN KEY (source_id) REFERENCES source (id),
    CONSTRAINT record_kind_ck CHECK (kind IN ('CLAUSE', 'QUOTE', 'ENTITY'))
);
CREATE INDEX record_source_ix ON record (source_id, kind);
CREATE INDEX record_kind_ix ON record (kind, id);

CREATE TABLE record_version (
    id            BIGINT      NOT NULL,
    record_id     BIGINT      NOT NULL,
    number        INTEGER     NOT NULL,
    content       ${long_text} NOT NULL,
    verification  VARCHAR(16) NOT NULL,
    hash          VARCHAR(64) NOT NULL,
    previous_hash VARCHAR(64),
    activity      VARCHAR(16) NOT NULL,
    author        VARCHAR(64) NOT NULL,
    approver      VARCHAR(64),
    change_id     BIGINT,
    import_id     BIGINT,
    created_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT record_version_pk PRIMARY KEY (id),
    CONSTRAINT record_version_record_fk FOREIGN KEY (record_id) REFERENCES record (id),
    CONSTRAINT record_version_number_uk UNIQUE (record_id, number),
    CONSTRAINT record_version_verification_ck CHECK (verification IN ('VERIFIED', 'NOT_FOUND', 'AMBIGUOUS', 'NOT_APPLICABLE'))
);
