-- Departments rated by case outcomes (issue 8, the other half of the two-way
-- evaluation). The governance feature keeps the facts it needs of each case it
-- sent (grid, due time, when it was accepted) and of each reopening it sent back,
-- so the ratings are computed from governance data alone, without reading the
-- reports feature's tables.

CREATE TABLE governance_case (
  case_id BIGINT NOT NULL PRIMARY KEY,
  grid_code VARCHAR(32) NULL,
  due_at DATETIME(3) NOT NULL,
  accepted_at DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The scope filter is a prefix of the grid code (street 9, community 12 digits).
CREATE INDEX idx_governance_case_grid ON governance_case (grid_code, case_id);

CREATE TABLE governance_case_reopen (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_id BIGINT NOT NULL,
  reopened_at DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_governance_case_reopen_case ON governance_case_reopen (case_id, reopened_at);

-- A period's cases are found by their events' times before anything is grouped.
CREATE INDEX idx_governance_case_event_time ON governance_case_event (occurred_at, case_id);

-- Cases and reopenings sent before this version, from the outbox (the reports'
-- due time and grid are those the case was sent with: neither changes later).
INSERT INTO governance_case (case_id, grid_code, due_at, accepted_at)
SELECT o.case_id, r.grid_code, r.due_at, o.created_at
FROM governance_outbox o JOIN report r ON r.id = o.case_id
WHERE o.kind = 'CASE';

INSERT INTO governance_case_reopen (case_id, reopened_at)
SELECT o.case_id, o.created_at
FROM governance_outbox o
WHERE o.kind = 'UPDATE' AND o.payload LIKE '%"kind":"REOPEN"%';
