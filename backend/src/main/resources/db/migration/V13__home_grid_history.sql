-- The resident's home grid over time: one row per period, the open one (valid_until NULL) is the
-- current home grid. Eligibility rules ask "which grid was home at time T" (a survey campaign
-- counts only residents whose home grid was set before it started).
CREATE TABLE resident_home_grid (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  resident_id BIGINT NOT NULL,
  grid_code VARCHAR(64) NOT NULL,
  valid_since DATETIME(3) NOT NULL,
  valid_until DATETIME(3) NULL,
  CONSTRAINT fk_resident_home_grid_resident FOREIGN KEY (resident_id) REFERENCES resident_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_resident_home_grid_resident ON resident_home_grid (resident_id, valid_since);
CREATE INDEX idx_resident_home_grid_grid ON resident_home_grid (grid_code, valid_since);

-- Home grids chosen before the history existed start at the account's last update.
INSERT INTO resident_home_grid (resident_id, grid_code, valid_since, valid_until)
SELECT id, home_grid_code, updated_at, NULL FROM resident_account
WHERE home_grid_code IS NOT NULL AND deleted_at IS NULL;
