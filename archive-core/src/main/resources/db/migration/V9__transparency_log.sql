-- The archive's transparency log: every published version of a source or record, appended in commit order to a
-- Merkle tree (RFC 9162 hashing). docs/architecture.md, "Transparency log", documents an entry's bytes.

-- One row per leaf. position counts from 0; entry is the canonical JSON whose UTF-8 bytes are the leaf's data.
CREATE TABLE log_entry (
    position    BIGINT       NOT NULL,
    item        VARCHAR(16)  NOT NULL,
    item_id     BIGINT       NOT NULL,
    version     INTEGER      NOT NULL,
    entry       TEXT         NOT NULL,
    appended_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT log_entry_pk PRIMARY KEY (position),
    CONSTRAINT log_entry_item_uk UNIQUE (item, item_id, version),
    CONSTRAINT log_entry_item_ck CHECK (item IN ('source', 'record'))
);

-- The hashes of complete subtrees: at level L, position i covers leaves i * 2^L to (i + 1) * 2^L - 1.
CREATE TABLE log_node (
    level    INTEGER NOT NULL,
    position BIGINT  NOT NULL,
    hash     BYTEA   NOT NULL,
    CONSTRAINT log_node_pk PRIMARY KEY (level, position)
);

-- The tree's size, in its only row: every append locks it, so entries follow the order of the commits.
-- backfilled: the versions published before this table existed have been appended (once, at the first start).
-- origin: the log's name, the first line of every checkpoint; set at the first checkpoint and kept (a backup
-- restored elsewhere is the same log).
CREATE TABLE log_head (
    id         SMALLINT     NOT NULL,
    size       BIGINT       NOT NULL,
    backfilled BOOLEAN      NOT NULL,
    origin     VARCHAR(200),
    CONSTRAINT log_head_pk PRIMARY KEY (id),
    CONSTRAINT log_head_one_ck CHECK (id = 1)
);
INSERT INTO log_head (id, size, backfilled) VALUES (1, 0, FALSE);

-- Signed checkpoints (C2SP signed-note of a tlog-checkpoint), also appended to a plain file outside the database.
CREATE TABLE log_checkpoint (
    size       BIGINT       NOT NULL,
    root_hash  BYTEA        NOT NULL,
    note       TEXT         NOT NULL,
    created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT log_checkpoint_pk PRIMARY KEY (size)
);
