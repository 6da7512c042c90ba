-- The transactional outbox: a row per published record version, written in the same transaction as the
-- publication; the relay drains it into the search index and deletes what it has applied.
CREATE SEQUENCE outbox_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE outbox (
    id              BIGINT       NOT NULL,
    record_id       BIGINT       NOT NULL,
    version         INTEGER      NOT NULL,
    retracted       BOOLEAN      NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    attempts        INTEGER      NOT NULL,
    next_attempt_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(1000),
    CONSTRAINT outbox_pk PRIMARY KEY (id)
);
CREATE INDEX outbox_due_ix ON outbox (next_attempt_at, id);
