-- Resident accounts (signed in through the WeChat mini-program) and their refresh tokens.
-- Phone numbers are stored AES-GCM encrypted (phone_cipher, with the key id for rotation) and as
-- a keyed HMAC (phone_hash) for lookups; never in clear text.

CREATE TABLE resident_account (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  openid VARCHAR(128) NOT NULL,
  unionid VARCHAR(128) NULL,
  nickname VARCHAR(40) NULL,
  avatar_media_id VARCHAR(64) NULL,
  home_grid_code VARCHAR(64) NULL,
  roles VARCHAR(100) NOT NULL,
  contact_by_phone BOOLEAN NOT NULL DEFAULT FALSE,
  share_contact_with_governance BOOLEAN NOT NULL DEFAULT FALSE,
  volunteer_status VARCHAR(16) NOT NULL,
  phone_cipher VARCHAR(255) NULL,
  phone_key_id VARCHAR(32) NULL,
  phone_hash CHAR(64) NULL,
  deleted_at DATETIME(3) NULL,
  created_at DATETIME(3) NOT NULL,
  updated_at DATETIME(3) NOT NULL,
  CONSTRAINT uk_resident_account_openid UNIQUE (openid)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_resident_account_unionid ON resident_account (unionid);
CREATE INDEX idx_resident_account_phone_hash ON resident_account (phone_hash);

CREATE TABLE resident_refresh_token (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  resident_id BIGINT NOT NULL,
  family_id CHAR(36) NOT NULL,
  token_hash CHAR(64) NOT NULL,
  issued_at DATETIME(3) NOT NULL,
  expires_at DATETIME(3) NOT NULL,
  rotated_at DATETIME(3) NULL,
  revoked_at DATETIME(3) NULL,
  CONSTRAINT uk_resident_refresh_token_hash UNIQUE (token_hash),
  CONSTRAINT fk_resident_refresh_token_resident FOREIGN KEY (resident_id) REFERENCES resident_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_resident_refresh_token_family ON resident_refresh_token (family_id);
CREATE INDEX idx_resident_refresh_token_resident ON resident_refresh_token (resident_id);

-- One-time subscribe-message consents the mini-program reports (wx.requestSubscribeMessage):
-- each accepted template adds one message GridLink may send; each message sent spends one.
CREATE TABLE wechat_subscribe_consent (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  openid VARCHAR(128) NOT NULL,
  template_id VARCHAR(64) NOT NULL,
  remaining INT NOT NULL,
  updated_at DATETIME(3) NOT NULL,
  CONSTRAINT uk_wechat_subscribe_consent UNIQUE (openid, template_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
