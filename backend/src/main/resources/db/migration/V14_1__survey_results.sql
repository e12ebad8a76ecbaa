-- Survey rankings computed when the tally is rebuilt, so the dashboard reads the
-- top rows of a level through an index instead of grouping the tally per request.
-- grid_code is the grid for WORKER and GRID rows and the area's own code for
-- COMMUNITY, STREET (and '' for CITY): one prefix filter serves every level.

CREATE TABLE survey_result (
  campaign_id BIGINT NOT NULL,
  result_level VARCHAR(16) NOT NULL,
  grid_code VARCHAR(32) NOT NULL,
  code VARCHAR(32) NOT NULL,
  name VARCHAR(50) NULL,
  responses INT NOT NULL,
  flagged_responses INT NOT NULL,
  very INT NOT NULL,
  satisfied INT NOT NULL,
  basic INT NOT NULL,
  dissatisfied INT NOT NULL,
  knows INT NOT NULL,
  satisfaction_rate DOUBLE NOT NULL,
  smoothed DOUBLE NOT NULL,
  ci_low DOUBLE NOT NULL,
  ci_high DOUBLE NOT NULL,
  PRIMARY KEY (campaign_id, result_level, grid_code, code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The ranking's whole ORDER BY, so a top-50 reads 50 index entries without a sort.
CREATE INDEX idx_survey_result_rank ON survey_result (campaign_id, result_level, smoothed, grid_code, code);

-- Monthly figures of the city ('') and of each street and community.
CREATE TABLE survey_trend (
  campaign_id BIGINT NOT NULL,
  area VARCHAR(32) NOT NULL,
  answered_month CHAR(7) NOT NULL,
  responses INT NOT NULL,
  flagged_responses INT NOT NULL,
  very INT NOT NULL,
  satisfied INT NOT NULL,
  basic INT NOT NULL,
  dissatisfied INT NOT NULL,
  knows INT NOT NULL,
  PRIMARY KEY (campaign_id, area, answered_month)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
