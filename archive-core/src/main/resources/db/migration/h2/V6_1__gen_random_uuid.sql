-- H2 only: PostgreSQL's gen_random_uuid(), which V7 uses, as H2's name for a random UUID. Goes with H2.
CREATE ALIAS IF NOT EXISTS GEN_RANDOM_UUID FOR 'java.util.UUID.randomUUID';
