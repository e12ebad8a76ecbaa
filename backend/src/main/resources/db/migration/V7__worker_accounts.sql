-- A grid worker signs in with WeChat like any resident; staff link that account to
-- the worker record, which gives the account the GRID_WORKER role.
ALTER TABLE grid_worker ADD COLUMN account_subject VARCHAR(100) NULL;
CREATE UNIQUE INDEX uk_grid_worker_account ON grid_worker (account_subject);
