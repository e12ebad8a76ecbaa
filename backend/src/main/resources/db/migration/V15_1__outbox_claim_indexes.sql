-- The dispatcher's per-batch queries must not grow with the outbox's history (every message
-- ever sent stays as a SENT row):
-- reading back a batch's claimed messages by their lease owner was a scan of the whole table;
CREATE INDEX idx_governance_outbox_lease ON governance_outbox (lease_owner);
-- the due messages are taken oldest first (ORDER BY id LIMIT batch): in id order within the
-- status, the scan stops after one batch instead of sorting every due message each time.
CREATE INDEX idx_governance_outbox_status_id ON governance_outbox (status, id);
