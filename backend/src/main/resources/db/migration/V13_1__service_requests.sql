-- Service requests to the grid (便民服务诉求): the staff-editable catalog of request types with
-- the form fields each needs (JSON) and a response-time target; requests, the workers they are
-- assigned to, their photos and their timeline.

CREATE TABLE service_request_type (
  code VARCHAR(32) NOT NULL PRIMARY KEY,
  name_zh VARCHAR(50) NOT NULL,
  name_en VARCHAR(80) NOT NULL,
  fields_json VARCHAR(4000) NOT NULL,
  response_hours INT NOT NULL,
  sort_order INT NOT NULL,
  active BOOLEAN NOT NULL,
  updated_at DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE service_request (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  resident VARCHAR(100) NOT NULL,
  type_code VARCHAR(32) NOT NULL,
  grid_code VARCHAR(64) NOT NULL,
  answers_json VARCHAR(4000) NOT NULL,
  preferred_time VARCHAR(100) NULL,
  status VARCHAR(16) NOT NULL,
  not_done_count INT NOT NULL,
  rating INT NULL,
  rating_comment VARCHAR(500) NULL,
  due_at DATETIME(3) NOT NULL,
  escalated_at DATETIME(3) NULL,
  done_at DATETIME(3) NULL,
  created_at DATETIME(3) NOT NULL,
  updated_at DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_service_request_resident ON service_request (resident, created_at);
CREATE INDEX idx_service_request_grid ON service_request (grid_code, status);
CREATE INDEX idx_service_request_due ON service_request (status, due_at);

-- The workers a request is with now; a hand-over replaces the giver by the colleague.
CREATE TABLE service_request_assignee (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  request_id BIGINT NOT NULL,
  worker_id BIGINT NOT NULL,
  CONSTRAINT uk_service_request_assignee UNIQUE (request_id, worker_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_service_request_assignee_worker ON service_request_assignee (worker_id);

CREATE TABLE service_request_photo (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  request_id BIGINT NOT NULL,
  media_id VARCHAR(32) NOT NULL,
  position INT NOT NULL,
  CONSTRAINT uk_service_request_photo UNIQUE (request_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE service_request_event (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  request_id BIGINT NOT NULL,
  kind VARCHAR(20) NOT NULL,
  status VARCHAR(16) NOT NULL,
  actor VARCHAR(100) NOT NULL,
  actor_kind VARCHAR(16) NOT NULL,
  actor_name VARCHAR(60) NULL,
  note VARCHAR(1000) NULL,
  occurred_at DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_service_request_event_request ON service_request_event (request_id, id);

-- The default catalog. Field types: TEXT, TEXTAREA, PHONE, CHOICE (with options).
INSERT INTO service_request_type VALUES
 ('PAPERWORK', '证件办理帮办', 'Help with paperwork',
  '[{"key":"matter","labelZh":"办理事项","labelEn":"Matter","type":"CHOICE","required":true,"maxLength":20,"options":["户籍","居住证","社保","医保","养老","其他"]},{"key":"details","labelZh":"具体情况","labelEn":"Details","type":"TEXTAREA","required":true,"maxLength":1000,"options":[]}]',
  48, 10, TRUE, CURRENT_TIMESTAMP(3)),
 ('VISIT', '老年人/残疾人上门探访', 'Home visit (elderly or disabled)',
  '[{"key":"person","labelZh":"探访对象","labelEn":"Person to visit","type":"TEXT","required":true,"maxLength":40,"options":[]},{"key":"address","labelZh":"地址","labelEn":"Address","type":"TEXT","required":true,"maxLength":200,"options":[]},{"key":"needs","labelZh":"需要的帮助","labelEn":"Help needed","type":"TEXTAREA","required":true,"maxLength":1000,"options":[]},{"key":"phone","labelZh":"联系电话","labelEn":"Phone","type":"PHONE","required":false,"maxLength":20,"options":[]}]',
  24, 20, TRUE, CURRENT_TIMESTAMP(3)),
 ('REPAIR', '维修转介', 'Repair referral',
  '[{"key":"address","labelZh":"地址","labelEn":"Address","type":"TEXT","required":true,"maxLength":200,"options":[]},{"key":"problem","labelZh":"问题描述","labelEn":"What is broken","type":"TEXTAREA","required":true,"maxLength":1000,"options":[]}]',
  48, 30, TRUE, CURRENT_TIMESTAMP(3)),
 ('MEDIATION', '矛盾纠纷调解', 'Dispute mediation',
  '[{"key":"parties","labelZh":"涉及方","labelEn":"Who is involved","type":"TEXT","required":true,"maxLength":200,"options":[]},{"key":"details","labelZh":"纠纷经过","labelEn":"What happened","type":"TEXTAREA","required":true,"maxLength":1000,"options":[]}]',
  72, 40, TRUE, CURRENT_TIMESTAMP(3)),
 ('CONSULTATION', '政策咨询', 'Consultation',
  '[{"key":"question","labelZh":"咨询问题","labelEn":"Your question","type":"TEXTAREA","required":true,"maxLength":1000,"options":[]}]',
  48, 50, TRUE, CURRENT_TIMESTAMP(3)),
 ('OTHER', '其他', 'Other',
  '[{"key":"details","labelZh":"需要什么帮助","labelEn":"What do you need","type":"TEXTAREA","required":true,"maxLength":1000,"options":[]}]',
  72, 90, TRUE, CURRENT_TIMESTAMP(3));
