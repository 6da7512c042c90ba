-- Change requests: every change to a record or source is drafted, reviewed and approved by someone else.
-- ${long_text} is TEXT on PostgreSQL and CHARACTER LARGE OBJECT on H2 (see SchemaMigration).
CREATE SEQUENCE change_request_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE change_comment_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE change_transition_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE import_batch_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE import_batch (
    id               BIGINT       NOT NULL,
    file_name        VARCHAR(255),
    file_sha256      VARCHAR(64)  NOT NULL,
    importer_version VARCHAR(32)  NOT NULL,
    archivist        VARCHAR(64)  NOT NULL,
    source_id        BIGINT       NOT NULL,
    source_version   INTEGER      NOT NULL,
    clauses          INTEGER      NOT NULL,
    quotes           INTEGER      NOT NULL,
    entities         INTEGER      NOT NULL,
    created_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT import_batch_pk PRIMARY KEY (id),
    CONSTRAINT import_batch_file_uk UNIQUE (file_sha256),
    CONSTRAINT import_batch_source_fk FOREIGN KEY (source_id) REFERENCES source (id)
);

CREATE TABLE change_request (
    id           BIGINT      NOT NULL,
    version      BIGINT      NOT NULL,
    target       VARCHAR(8)  NOT NULL,
    action       VARCHAR(8)  NOT NULL,
    state        VARCHAR(20) NOT NULL,
    record_id    BIGINT,
    source_id    BIGINT      NOT NULL,
    record_kind  VARCHAR(16),
    base_version INTEGER,
    proposed     ${long_text} NOT NULL,
    note         VARCHAR(2000),
    author       VARCHAR(64) NOT NULL,
    import_id    BIGINT,
    ordinal      INTEGER     NOT NULL,
    created_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT change_request_pk PRIMARY KEY (id),
    CONSTRAINT change_request_target_ck CHECK (target IN ('RECORD', 'SOURCE')),
    CONSTRAINT change_request_action_ck CHECK (action IN ('CREATE', 'UPDATE', 'RETRACT')),
    CONSTRAINT change_request_state_ck CHECK (state IN ('DRAFT', 'IN_REVIEW', 'APPROVED', 'CHANGES_REQUESTED', 'REJECTED', 'WITHDRAWN')),
    CONSTRAINT change_request_import_fk FOREIGN KEY (import_id) REFERENCES import_batch (id)
);
CREATE INDEX change_request_state_ix ON change_request (state, id);
CREATE INDEX change_request_import_ix ON change_request (import_id, ordinal);
CREATE INDEX change_request_author_ix ON change_request (author, id);

CREATE TABLE change_comment (
    id         BIGINT        NOT NULL,
    change_id  BIGINT        NOT NULL,
    author     VARCHAR(64)   NOT NULL,
    field      VARCHAR(100),
    body       VARCHAR(10000) NOT NULL,
    created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT change_comment_pk PRIMARY KEY (id),
    CONSTRAINT change_comment_change_fk FOREIGN KEY (change_id) REFERENCES change_request (id)
);
CREATE INDEX change_comment_change_ix ON change_comment (change_id, id);

CREATE TABLE change_transition (
    id         BIGINT      NOT NULL,
    change_id  BIGINT      NOT NULL,
    from_state VARCHAR(20) NOT NULL,
    to_state   VARCHAR(20) NOT NULL,
    actor      VARCHAR(64) NOT NULL,
    comment    VARCHAR(10000),
    at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT change_transition_pk PRIMARY KEY (id),
    CONSTRAINT change_transition_change_fk FOREIGN KEY (change_id) REFERENCES change_request (id)
);
CREATE INDEX change_transition_change_ix ON change_transition (change_id, id);
