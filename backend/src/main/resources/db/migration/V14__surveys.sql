-- Surveys: case follow-ups (one per resolution of a report or completion of a
-- service request), grid-worker satisfaction campaigns (满意度测评) with one
-- response per resident per campaign, and the pre-aggregated tally the
-- dashboard and the exports read.

CREATE TABLE survey_followup (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  respondent VARCHAR(100) NOT NULL,
  ref_type VARCHAR(16) NOT NULL,
  ref_id BIGINT NOT NULL,
  round_no INT NOT NULL,
  grid_code VARCHAR(32) NULL,
  created_at DATETIME(3) NOT NULL,
  expires_at DATETIME(3) NOT NULL,
  reminded_at DATETIME(3) NULL,
  answered_at DATETIME(3) NULL,
  fixed VARCHAR(16) NULL,
  satisfaction INT NULL,
  comment VARCHAR(500) NULL,
  CONSTRAINT uk_survey_followup UNIQUE (ref_type, ref_id, round_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_survey_followup_respondent ON survey_followup (respondent, created_at);
CREATE INDEX idx_survey_followup_reminder ON survey_followup (answered_at, reminded_at, created_at);
CREATE INDEX idx_survey_followup_grid ON survey_followup (respondent, grid_code);

CREATE TABLE survey_campaign (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(100) NOT NULL,
  starts_at DATETIME(3) NOT NULL,
  ends_at DATETIME(3) NOT NULL,
  created_by VARCHAR(100) NOT NULL,
  created_at DATETIME(3) NOT NULL,
  tallied_at DATETIME(3) NULL,
  tally_lease_until DATETIME(3) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_survey_campaign_period ON survey_campaign (ends_at, starts_at);

CREATE TABLE survey_campaign_grid (
  campaign_id BIGINT NOT NULL,
  grid_code VARCHAR(32) NOT NULL,
  PRIMARY KEY (campaign_id, grid_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_survey_campaign_grid_code ON survey_campaign_grid (grid_code);

-- The workers a campaign asks about, as they served their grid when it was created.
CREATE TABLE survey_campaign_worker (
  campaign_id BIGINT NOT NULL,
  grid_code VARCHAR(32) NOT NULL,
  worker_id BIGINT NOT NULL,
  worker_name VARCHAR(50) NOT NULL,
  worker_role VARCHAR(16) NOT NULL,
  PRIMARY KEY (campaign_id, grid_code, worker_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE survey_response (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  campaign_id BIGINT NOT NULL,
  respondent VARCHAR(100) NOT NULL,
  grid_code VARCHAR(32) NOT NULL,
  knows_worker BOOLEAN NOT NULL,
  comment VARCHAR(500) NULL,
  comment_hash VARCHAR(64) NULL,
  client_address VARCHAR(64) NOT NULL,
  device_id VARCHAR(64) NULL,
  account_created_at DATETIME(3) NULL,
  flag_burst BOOLEAN NOT NULL,
  flag_device BOOLEAN NOT NULL,
  flag_network BOOLEAN NOT NULL,
  flag_comment BOOLEAN NOT NULL,
  flagged BOOLEAN NOT NULL,
  answered_month CHAR(7) NOT NULL,
  created_at DATETIME(3) NOT NULL,
  updated_at DATETIME(3) NOT NULL,
  CONSTRAINT uk_survey_response UNIQUE (campaign_id, respondent)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_survey_response_grid ON survey_response (campaign_id, grid_code);
CREATE INDEX idx_survey_response_device ON survey_response (campaign_id, device_id);
CREATE INDEX idx_survey_response_address ON survey_response (campaign_id, client_address);
CREATE INDEX idx_survey_response_comment ON survey_response (campaign_id, comment_hash);
CREATE INDEX idx_survey_response_flagged ON survey_response (campaign_id, flagged);
CREATE INDEX idx_survey_response_respondent ON survey_response (respondent);

-- level: 4 very satisfied, 3 satisfied, 2 basically satisfied, 1 dissatisfied.
CREATE TABLE survey_rating (
  response_id BIGINT NOT NULL,
  worker_id BIGINT NOT NULL,
  level INT NOT NULL,
  PRIMARY KEY (response_id, worker_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Counts per campaign, grid, worker (0 = the grid itself: responses and 知晓率),
-- month and flagged-or-not; rebuilt from the responses by the tally job.
CREATE TABLE survey_tally (
  campaign_id BIGINT NOT NULL,
  grid_code VARCHAR(32) NOT NULL,
  worker_id BIGINT NOT NULL,
  answered_month CHAR(7) NOT NULL,
  flagged BOOLEAN NOT NULL,
  responses INT NOT NULL,
  very INT NOT NULL,
  satisfied INT NOT NULL,
  basic INT NOT NULL,
  dissatisfied INT NOT NULL,
  knows INT NOT NULL,
  PRIMARY KEY (campaign_id, grid_code, worker_id, answered_month, flagged)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
