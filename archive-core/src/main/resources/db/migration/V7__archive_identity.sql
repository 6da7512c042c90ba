-- Which database this is: a random id given once, when the schema is created, in the table's only row. The search
-- index carries it (archive_database_id in its mapping's _meta), so the archive never writes into an index that was
-- filled from another database (one wiped or replaced under a kept index): it rebuilds the index instead.
CREATE TABLE archive_identity (
    id         UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    created_at TIMESTAMP(6) WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);

INSERT INTO archive_identity DEFAULT VALUES;
