-- In-app notifications for residents (report progress, invitations, redemptions...).
-- Each row also records what became of the WeChat subscribe message sent with it.

CREATE TABLE resident_notification (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  recipient VARCHAR(100) NOT NULL,
  kind VARCHAR(32) NOT NULL,
  ref_type VARCHAR(32) NULL,
  ref_id VARCHAR(64) NULL,
  title VARCHAR(100) NOT NULL,
  body VARCHAR(500) NOT NULL,
  page VARCHAR(200) NULL,
  message_key VARCHAR(100) NULL,
  message_args VARCHAR(600) NULL,
  delivery VARCHAR(20) NOT NULL,
  read_at DATETIME(3) NULL,
  created_at DATETIME(3) NOT NULL,
  delivered_at DATETIME(3) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_notification_recipient ON resident_notification (recipient, id);
CREATE INDEX idx_notification_unread ON resident_notification (recipient, read_at);
