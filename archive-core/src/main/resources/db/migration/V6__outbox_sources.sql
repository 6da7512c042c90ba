-- Sources are searchable too: an outbox row names what it is about (a record or a source).
ALTER TABLE outbox ADD COLUMN item VARCHAR(8) DEFAULT 'RECORD' NOT NULL;
