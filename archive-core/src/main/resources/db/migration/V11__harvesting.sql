-- Harvesting (OAI-PMH) reads published items in the order of their newest publication: versions by creation
-- time, keyset-paged on (created_at, item id). Without these indexes every page of a harvest would sort every
-- version of the archive.
CREATE INDEX record_version_created_ix ON record_version (created_at, record_id);
CREATE INDEX source_version_created_ix ON source_version (created_at, source_id);
