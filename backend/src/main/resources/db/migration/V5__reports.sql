-- Photo reports (随手拍): the category catalog, reports, their photos, their
-- public timeline and the residents who said "me too".

CREATE TABLE report_category (
  code VARCHAR(32) NOT NULL PRIMARY KEY,
  parent_code VARCHAR(32) NULL,
  name_zh VARCHAR(50) NOT NULL,
  name_en VARCHAR(80) NOT NULL,
  default_severity VARCHAR(16) NOT NULL,
  sla_daily_hours INT NOT NULL,
  sla_general_hours INT NOT NULL,
  sla_serious_hours INT NOT NULL,
  allow_anonymous BOOLEAN NOT NULL,
  auto_accept BOOLEAN NOT NULL,
  sort_order INT NOT NULL,
  active BOOLEAN NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  tracking_code VARCHAR(16) NOT NULL,
  reporter VARCHAR(100) NOT NULL,
  category_code VARCHAR(32) NOT NULL,
  description VARCHAR(4000) NOT NULL,
  lat DOUBLE NOT NULL,
  lng DOUBLE NOT NULL,
  accuracy_m DOUBLE NULL,
  address VARCHAR(200) NULL,
  grid_code VARCHAR(32) NULL,
  grid_candidates VARCHAR(500) NULL,
  grid_approximate BOOLEAN NOT NULL,
  severity VARCHAR(16) NOT NULL,
  urgent BOOLEAN NOT NULL,
  anonymous BOOLEAN NOT NULL,
  contact_consent BOOLEAN NOT NULL,
  status VARCHAR(16) NOT NULL,
  flags VARCHAR(200) NULL,
  duplicate_of BIGINT NULL,
  reject_reason VARCHAR(500) NULL,
  due_at DATETIME(3) NOT NULL,
  created_at DATETIME(3) NOT NULL,
  updated_at DATETIME(3) NOT NULL,
  CONSTRAINT uk_report_tracking_code UNIQUE (tracking_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_report_reporter ON report (reporter, created_at);
CREATE INDEX idx_report_status ON report (status, created_at);
CREATE INDEX idx_report_place ON report (category_code, lat, lng);
CREATE INDEX idx_report_grid ON report (grid_code, status);

CREATE TABLE report_photo (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  report_id BIGINT NOT NULL,
  media_id VARCHAR(32) NOT NULL,
  position INT NOT NULL,
  CONSTRAINT uk_report_photo UNIQUE (report_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_event (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  report_id BIGINT NOT NULL,
  status VARCHAR(16) NOT NULL,
  actor VARCHAR(100) NOT NULL,
  public_note VARCHAR(500) NULL,
  occurred_at DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_report_event_report ON report_event (report_id, id);

CREATE TABLE report_follower (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  report_id BIGINT NOT NULL,
  follower VARCHAR(100) NOT NULL,
  created_at DATETIME(3) NOT NULL,
  CONSTRAINT uk_report_follower UNIQUE (report_id, follower)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The default catalog, from the classes 数字城管 and social-governance platforms use.
INSERT INTO report_category VALUES
 ('SAFETY', NULL, '安全隐患', 'Safety hazards', 'GENERAL', 72, 48, 24, FALSE, FALSE, 10, TRUE),
 ('SAFETY_FIRE', 'SAFETY', '消防隐患', 'Fire hazard', 'SERIOUS', 72, 48, 12, FALSE, FALSE, 11, TRUE),
 ('SAFETY_GAS', 'SAFETY', '燃气隐患', 'Gas hazard', 'SERIOUS', 72, 48, 12, FALSE, FALSE, 12, TRUE),
 ('SAFETY_STRUCTURE', 'SAFETY', '房屋设施安全', 'Unsafe building or structure', 'SERIOUS', 72, 48, 24, FALSE, FALSE, 13, TRUE),
 ('ENVIRONMENT', NULL, '环境卫生', 'Environment and sanitation', 'DAILY', 72, 48, 24, TRUE, FALSE, 20, TRUE),
 ('ENV_GARBAGE', 'ENVIRONMENT', '垃圾堆放', 'Exposed garbage', 'DAILY', 72, 48, 24, TRUE, TRUE, 21, TRUE),
 ('ENV_POLLUTION', 'ENVIRONMENT', '污染问题', 'Pollution', 'GENERAL', 72, 48, 24, TRUE, FALSE, 22, TRUE),
 ('CITY', NULL, '市容秩序', 'City appearance and order', 'DAILY', 72, 48, 24, TRUE, FALSE, 30, TRUE),
 ('CITY_ADS', 'CITY', '违规小广告', 'Illegal small ads', 'DAILY', 96, 72, 48, TRUE, TRUE, 31, TRUE),
 ('CITY_VENDING', 'CITY', '占道经营', 'Street vending on the road', 'DAILY', 72, 48, 24, TRUE, FALSE, 32, TRUE),
 ('CITY_CONSTRUCTION', 'CITY', '施工扰民', 'Construction noise or dust', 'GENERAL', 72, 48, 24, TRUE, FALSE, 33, TRUE),
 ('FACILITY', NULL, '道路设施', 'Roads and facilities', 'GENERAL', 96, 72, 24, TRUE, FALSE, 40, TRUE),
 ('FACILITY_MANHOLE', 'FACILITY', '井盖缺损', 'Damaged or missing manhole cover', 'SERIOUS', 72, 48, 12, TRUE, FALSE, 41, TRUE),
 ('FACILITY_LIGHT', 'FACILITY', '路灯故障', 'Street light out', 'DAILY', 96, 72, 48, TRUE, TRUE, 42, TRUE),
 ('FACILITY_ROAD', 'FACILITY', '道路破损', 'Damaged road or pavement', 'GENERAL', 96, 72, 24, TRUE, FALSE, 43, TRUE),
 ('DISPUTE', NULL, '矛盾纠纷', 'Disputes', 'GENERAL', 72, 48, 24, FALSE, FALSE, 50, TRUE),
 ('DISPUTE_NEIGHBOUR', 'DISPUTE', '邻里纠纷', 'Neighbour dispute', 'GENERAL', 72, 48, 24, FALSE, FALSE, 51, TRUE),
 ('ORDER', NULL, '治安秩序', 'Public order', 'GENERAL', 72, 48, 24, FALSE, FALSE, 60, TRUE),
 ('EMERGENCY', NULL, '突发事件', 'Emergencies (burst pipes, flooding)', 'SERIOUS', 24, 12, 4, FALSE, FALSE, 70, TRUE),
 ('OTHER', NULL, '其他', 'Other', 'DAILY', 96, 72, 48, TRUE, FALSE, 90, TRUE);
