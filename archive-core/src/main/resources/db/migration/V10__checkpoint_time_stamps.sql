-- A checkpoint's RFC 3161 time stamp from an outside time stamp authority (archive.log.tsa-url), when one is
-- configured: the DER-encoded TimeStampToken over the SHA-256 of the signed note.
ALTER TABLE log_checkpoint ADD COLUMN timestamp_token BYTEA;
