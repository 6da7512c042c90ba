-- The security event log: failed sign-ins, locks and their end, refusals. Rows are only ever inserted; an
-- administrator reads them (/api/admin/security-events). What an attacker typed as a user name is kept, cut to 64
-- characters, so that guessing at names shows as such.
-- allocation 1: numbers follow the order of writing across instances, so reading "after n" misses nothing
CREATE SEQUENCE security_event_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE security_event (
    id             BIGINT       NOT NULL,
    occurred_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    kind           VARCHAR(32)  NOT NULL,
    username       VARCHAR(64),
    client_address VARCHAR(64),
    detail         VARCHAR(500),
    CONSTRAINT security_event_pk PRIMARY KEY (id)
);
CREATE INDEX security_event_time_ix ON security_event (occurred_at, id);
