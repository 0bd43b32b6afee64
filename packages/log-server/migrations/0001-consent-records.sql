-- One row per proof-of-consent record (docs/proof-of-consent.md), kept as sent.
-- record_id is the record's own random id: the same on every retry, so UNIQUE makes a resend a no-op
-- (INSERT … ON CONFLICT (record_id) DO NOTHING), even when several instances share this database.
CREATE TABLE consent_records (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  record_id   uuid        NOT NULL UNIQUE,
  -- Copied out of the record for lookup; null only in a reset record of a browser that never decided.
  consent_id  text,
  -- The record's `timestamp`: when the visitor decided (the browser's clock).
  decided_at  timestamptz NOT NULL,
  -- The server's clock: retention and export ranges use it, a browser's clock can be wrong.
  received_at timestamptz NOT NULL DEFAULT now(),
  -- `json`, not `jsonb`: keeps the text exactly as the browser sent it (key order, spacing).
  record      json        NOT NULL
);

-- GET /consent/:consentId, newest decision first.
CREATE INDEX consent_records_consent_id ON consent_records (consent_id, decided_at DESC);
-- Export ranges (keyset pagination on received_at, id) and the retention purge.
CREATE INDEX consent_records_received_at ON consent_records (received_at, id);
