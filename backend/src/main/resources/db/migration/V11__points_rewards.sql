-- Volunteer points and rewards. The ledger is append-only: points_entry rows are
-- never updated or deleted, every row has a unique business key (the same event can
-- never be booked twice) and the balance after it. points_account.balance changes
-- only through conditional updates in the same transaction as its entry.

CREATE TABLE points_account (
  subject VARCHAR(100) NOT NULL PRIMARY KEY,
  balance BIGINT NOT NULL,
  -- Expiry has been applied to every grant expiring up to this moment.
  expired_through DATETIME(3) NOT NULL,
  -- Report points booked on report_day (daily cap, kept by a conditional update).
  report_day DATE NULL,
  report_day_points BIGINT NOT NULL,
  created_at DATETIME(3) NOT NULL,
  updated_at DATETIME(3) NOT NULL,
  CONSTRAINT ck_points_account_balance CHECK (balance >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE points_entry (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  subject VARCHAR(100) NOT NULL,
  type VARCHAR(8) NOT NULL,
  -- Signed: EARN, REFUND and positive ADJUST add; SPEND, EXPIRE and negative ADJUST take.
  points BIGINT NOT NULL,
  balance_after BIGINT NOT NULL,
  business_key VARCHAR(190) NOT NULL,
  reason VARCHAR(200) NOT NULL,
  caused_by VARCHAR(100) NOT NULL,
  created_at DATETIME(3) NOT NULL,
  -- Grants (EARN, positive ADJUST) only: when what is left of them expires.
  expires_at DATETIME(3) NULL,
  CONSTRAINT uk_points_entry_business_key UNIQUE (business_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_points_entry_subject ON points_entry (subject, id);
CREATE INDEX idx_points_entry_expiry ON points_entry (expires_at, subject);

CREATE TABLE reward_item (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(100) NOT NULL,
  description VARCHAR(1000) NULL,
  picture_media_id VARCHAR(64) NULL,
  picture_url VARCHAR(500) NULL,
  price BIGINT NOT NULL,
  stock INT NOT NULL,
  -- Every unit ever put on the shelf: stock + live redemptions = stock_total.
  stock_total INT NOT NULL,
  limit_day INT NULL,
  limit_week INT NULL,
  limit_month INT NULL,
  limit_total INT NULL,
  available_from DATETIME(3) NULL,
  available_until DATETIME(3) NULL,
  pickup_place VARCHAR(200) NOT NULL,
  pickup_days INT NOT NULL,
  active BOOLEAN NOT NULL,
  created_at DATETIME(3) NOT NULL,
  updated_at DATETIME(3) NOT NULL,
  CONSTRAINT ck_reward_item_stock CHECK (stock >= 0),
  CONSTRAINT ck_reward_item_price CHECK (price >= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE reward_redemption (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  ref VARCHAR(32) NOT NULL,
  subject VARCHAR(100) NOT NULL,
  item_id BIGINT NOT NULL,
  price BIGINT NOT NULL,
  status VARCHAR(16) NOT NULL,
  request_key VARCHAR(128) NOT NULL,
  qr_token VARCHAR(64) NOT NULL,
  short_code VARCHAR(12) NOT NULL,
  valid_until DATETIME(3) NOT NULL,
  created_at DATETIME(3) NOT NULL,
  updated_at DATETIME(3) NOT NULL,
  closed_at DATETIME(3) NULL,
  closed_by VARCHAR(100) NULL,
  CONSTRAINT uk_reward_redemption_ref UNIQUE (ref),
  CONSTRAINT uk_reward_redemption_request UNIQUE (subject, request_key),
  CONSTRAINT uk_reward_redemption_qr UNIQUE (qr_token),
  CONSTRAINT uk_reward_redemption_code UNIQUE (short_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_reward_redemption_subject ON reward_redemption (subject, item_id, created_at);
CREATE INDEX idx_reward_redemption_due ON reward_redemption (status, valid_until);
