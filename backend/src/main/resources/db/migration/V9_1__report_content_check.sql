-- WeChat content security for reports: the state of each report's check and the
-- verdict of each photo (mediaCheckAsync answers later, by trace id).

CREATE TABLE report_content_check (
  report_id BIGINT NOT NULL PRIMARY KEY,
  state VARCHAR(16) NOT NULL,
  started_at DATETIME(3) NOT NULL,
  decided_at DATETIME(3) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_report_content_check_state ON report_content_check (state, started_at);

CREATE TABLE report_media_check (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  report_id BIGINT NOT NULL,
  media_id VARCHAR(32) NOT NULL,
  trace_id VARCHAR(64) NULL,
  verdict VARCHAR(16) NULL,
  label VARCHAR(32) NULL,
  decided_at DATETIME(3) NULL,
  CONSTRAINT uk_report_media_check_trace UNIQUE (trace_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_report_media_check_report ON report_media_check (report_id);
