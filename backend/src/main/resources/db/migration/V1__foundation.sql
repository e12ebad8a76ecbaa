-- Foundation: staff accounts, the audit log and idempotency records.
-- Runs unchanged on H2 (MySQL mode) and MySQL/MariaDB; utf8mb4 throughout.

CREATE TABLE staff_account (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  username VARCHAR(64) NOT NULL,
  display_name VARCHAR(100) NOT NULL,
  password_hash VARCHAR(100) NOT NULL,
  roles VARCHAR(200) NOT NULL,
  must_change_password BOOLEAN NOT NULL DEFAULT FALSE,
  failed_attempts INT NOT NULL DEFAULT 0,
  locked_until DATETIME(3) NULL,
  disabled BOOLEAN NOT NULL DEFAULT FALSE,
  created_at DATETIME(3) NOT NULL,
  updated_at DATETIME(3) NOT NULL,
  CONSTRAINT uk_staff_account_username UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE audit_log (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  actor VARCHAR(100) NOT NULL,
  actor_roles VARCHAR(200) NULL,
  action VARCHAR(100) NOT NULL,
  http_method VARCHAR(10) NULL,
  path VARCHAR(500) NULL,
  status INT NULL,
  ip VARCHAR(64) NULL,
  request_id VARCHAR(64) NULL,
  detail VARCHAR(1000) NULL,
  occurred_at DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_audit_log_occurred_at ON audit_log (occurred_at);
CREATE INDEX idx_audit_log_actor ON audit_log (actor, occurred_at);

CREATE TABLE idempotency_record (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  principal VARCHAR(100) NOT NULL,
  idem_key VARCHAR(128) NOT NULL,
  http_method VARCHAR(10) NOT NULL,
  path VARCHAR(500) NOT NULL,
  request_hash CHAR(64) NOT NULL,
  state VARCHAR(16) NOT NULL,
  response_status INT NULL,
  response_body TEXT NULL,
  created_at DATETIME(3) NOT NULL,
  expires_at DATETIME(3) NOT NULL,
  CONSTRAINT uk_idempotency_principal_key UNIQUE (principal, idem_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_idempotency_expires_at ON idempotency_record (expires_at);
