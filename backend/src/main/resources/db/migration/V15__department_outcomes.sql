-- Departments rated by case outcomes (issue 8, the other half of the two-way
-- evaluation). The governance feature keeps, per case it sent, the facts the
-- ratings need (grid, due time, when it was accepted) and the case's outcome as
-- its status events make it (the department it counts for, when that department
-- first appears, when the case was first resolved, the status of that event),
-- refreshed whenever an event arrives; and each reopening it sent back. The
-- ratings are then one GROUP BY over one row per case, from governance data
-- alone, without reading the reports feature's tables.

CREATE TABLE governance_case (
  case_id BIGINT NOT NULL PRIMARY KEY,
  grid_code VARCHAR(32) NULL,
  due_at DATETIME(3) NOT NULL,
  accepted_at DATETIME(3) NOT NULL,
  department VARCHAR(100) NULL,
  department_since DATETIME(3) NULL,
  resolved_at DATETIME(3) NULL,
  outcome_status VARCHAR(16) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A period's cases by the time their department first appears, then the scope
-- (a prefix of the grid code: street 9, community 12 digits).
CREATE INDEX idx_governance_case_since ON governance_case (department_since, grid_code);

CREATE TABLE governance_case_reopen (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_id BIGINT NOT NULL,
  reopened_at DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_governance_case_reopen_case ON governance_case_reopen (case_id, reopened_at);

-- Cases and reopenings sent before this version, from the outbox (a report's due
-- time and grid are those the case was sent with: neither changes later) ...
INSERT INTO governance_case (case_id, grid_code, due_at, accepted_at)
SELECT o.case_id, r.grid_code, r.due_at, o.created_at
FROM governance_outbox o JOIN report r ON r.id = o.case_id
WHERE o.kind = 'CASE';

INSERT INTO governance_case_reopen (case_id, reopened_at)
SELECT o.case_id, o.created_at
FROM governance_outbox o
WHERE o.kind = 'UPDATE' AND o.payload LIKE '%"kind":"REOPEN"%';

-- ... and their outcomes from the events received so far, by the rule of
-- CaseOutcomes: the first resolving event naming a department, else the latest
-- event naming one.
UPDATE governance_case c SET resolved_at = (
  SELECT MIN(e.occurred_at) FROM governance_case_event e
  WHERE e.case_id = c.case_id AND e.status IN ('RESOLVED', 'CLOSED') AND CHAR_LENGTH(e.department) > 0);

UPDATE governance_case c SET
  department = (
    SELECT e.department FROM governance_case_event e
    WHERE e.case_id = c.case_id AND e.status IN ('RESOLVED', 'CLOSED')
      AND CHAR_LENGTH(e.department) > 0 AND e.occurred_at = c.resolved_at
    ORDER BY e.id LIMIT 1),
  outcome_status = (
    SELECT e.status FROM governance_case_event e
    WHERE e.case_id = c.case_id AND e.status IN ('RESOLVED', 'CLOSED')
      AND CHAR_LENGTH(e.department) > 0 AND e.occurred_at = c.resolved_at
    ORDER BY e.id LIMIT 1)
WHERE c.resolved_at IS NOT NULL;

UPDATE governance_case c SET
  department = (
    SELECT e.department FROM governance_case_event e
    WHERE e.case_id = c.case_id AND CHAR_LENGTH(e.department) > 0
    ORDER BY e.occurred_at DESC, e.id DESC LIMIT 1),
  outcome_status = (
    SELECT e.status FROM governance_case_event e
    WHERE e.case_id = c.case_id AND CHAR_LENGTH(e.department) > 0
    ORDER BY e.occurred_at DESC, e.id DESC LIMIT 1)
WHERE c.resolved_at IS NULL;

UPDATE governance_case c SET department_since = (
  SELECT MIN(e.occurred_at) FROM governance_case_event e
  WHERE e.case_id = c.case_id AND e.department = c.department)
WHERE c.department IS NOT NULL;
