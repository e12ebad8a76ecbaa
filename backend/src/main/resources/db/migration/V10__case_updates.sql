-- Case updates (issue 6): the governance system may return a case for more
-- information; the resident answers with a supplement (text and/or photos), and
-- supplements and reopened reports go back to governance as case updates through
-- the same outbox as the cases themselves.

-- The open request for information on a report (one at a time; answered_at set
-- by the resident's supplement).
CREATE TABLE report_info_request (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  report_id BIGINT NOT NULL,
  actor VARCHAR(100) NOT NULL,
  public_note VARCHAR(500) NULL,
  requested_at DATETIME(3) NOT NULL,
  answered_at DATETIME(3) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_report_info_request_report ON report_info_request (report_id, id);

-- What the resident added; the idempotency key makes a retried POST a no-op.
CREATE TABLE report_supplement (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  report_id BIGINT NOT NULL,
  idempotency_key VARCHAR(128) NOT NULL,
  text VARCHAR(1000) NULL,
  media_ids VARCHAR(400) NULL,
  created_at DATETIME(3) NOT NULL,
  CONSTRAINT uk_report_supplement_key UNIQUE (report_id, idempotency_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A case has one CASE message but any number of UPDATE messages: the update id
-- (ref) joins the uniqueness; CASE rows keep ref = ''.
ALTER TABLE governance_outbox ADD COLUMN ref VARCHAR(64) NOT NULL DEFAULT '';
ALTER TABLE governance_outbox DROP CONSTRAINT uk_governance_outbox_case;
ALTER TABLE governance_outbox ADD CONSTRAINT uk_governance_outbox_ref UNIQUE (case_id, kind, ref);
CREATE INDEX idx_governance_outbox_case ON governance_outbox (case_id, id);
