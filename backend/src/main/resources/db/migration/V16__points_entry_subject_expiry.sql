-- A spend asks whether any grant of the account has expired since its last expiry check
-- (subject = ? AND expires_at in a window): answered from this index alone, without scanning
-- the account's whole ledger or every account's expired grants.
CREATE INDEX idx_points_entry_subject_expiry ON points_entry (subject, expires_at);
