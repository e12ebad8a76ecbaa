-- Governance interface: the transactional outbox of cases sent to the city's
-- governance system, every delivery attempt, the status events that come back
-- (pushed or pulled) and the pull cursor.

CREATE TABLE governance_outbox (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_id BIGINT NOT NULL,
  kind VARCHAR(16) NOT NULL,
  payload TEXT NOT NULL,
  status VARCHAR(16) NOT NULL,
  attempts INT NOT NULL,
  next_attempt_at DATETIME(3) NOT NULL,
  lease_owner VARCHAR(64) NULL,
  lease_until DATETIME(3) NULL,
  last_error VARCHAR(500) NULL,
  created_at DATETIME(3) NOT NULL,
  updated_at DATETIME(3) NOT NULL,
  sent_at DATETIME(3) NULL,
  CONSTRAINT uk_governance_outbox_case UNIQUE (case_id, kind)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_governance_outbox_due ON governance_outbox (status, next_attempt_at);

CREATE TABLE governance_attempt (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  message_id BIGINT NOT NULL,
  attempted_at DATETIME(3) NOT NULL,
  status_code INT NULL,
  reason VARCHAR(32) NOT NULL,
  error VARCHAR(500) NULL,
  duration_ms BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_governance_attempt_message ON governance_attempt (message_id, id);

CREATE TABLE governance_case_event (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  event_id VARCHAR(64) NOT NULL,
  case_id BIGINT NOT NULL,
  status VARCHAR(16) NOT NULL,
  department VARCHAR(100) NULL,
  public_note VARCHAR(500) NULL,
  occurred_at DATETIME(3) NOT NULL,
  received_at DATETIME(3) NOT NULL,
  source VARCHAR(8) NOT NULL,
  applied BOOLEAN NOT NULL,
  CONSTRAINT uk_governance_case_event UNIQUE (event_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_governance_case_event_case ON governance_case_event (case_id, occurred_at);

CREATE TABLE governance_cursor (
  name VARCHAR(32) NOT NULL PRIMARY KEY,
  last_cursor VARCHAR(200) NOT NULL,
  updated_at DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
