-- A quote drafted by an import may propose as its speaker an entity that is itself still a draft:
-- the quote's change points at the entity's change, and approval fills in the entity's record id.
ALTER TABLE change_request ADD COLUMN speaker_change_id BIGINT;
