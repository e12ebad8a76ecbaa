-- Volunteers: applications and their decision, activities, sign-ups with a
-- waitlist, check-in and check-out, service hours (kept forever, apart from
-- spendable points) and the points tally the leaderboards are rebuilt from.

CREATE TABLE volunteer (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  subject VARCHAR(100) NOT NULL,
  real_name VARCHAR(40) NOT NULL,
  community_code VARCHAR(32) NOT NULL,
  community_name VARCHAR(100) NOT NULL,
  status VARCHAR(16) NOT NULL,
  reject_reason VARCHAR(500) NULL,
  decided_by VARCHAR(100) NULL,
  decided_at DATETIME(3) NULL,
  created_at DATETIME(3) NOT NULL,
  updated_at DATETIME(3) NOT NULL,
  CONSTRAINT uk_volunteer_subject UNIQUE (subject)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_volunteer_status ON volunteer (status, created_at);
CREATE INDEX idx_volunteer_community ON volunteer (community_code, status);

CREATE TABLE volunteer_activity (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  title VARCHAR(100) NOT NULL,
  description VARCHAR(2000) NULL,
  community_code VARCHAR(32) NOT NULL,
  place VARCHAR(200) NOT NULL,
  lat DOUBLE NOT NULL,
  lng DOUBLE NOT NULL,
  radius_m INT NOT NULL,
  starts_at DATETIME(3) NOT NULL,
  ends_at DATETIME(3) NOT NULL,
  capacity INT NOT NULL,
  signed_up INT NOT NULL,
  points_per_hour INT NOT NULL,
  points_cap INT NOT NULL,
  created_by VARCHAR(100) NOT NULL,
  created_at DATETIME(3) NOT NULL,
  updated_at DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_volunteer_activity_start ON volunteer_activity (starts_at);

CREATE TABLE activity_signup (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  activity_id BIGINT NOT NULL,
  volunteer_id BIGINT NOT NULL,
  subject VARCHAR(100) NOT NULL,
  status VARCHAR(16) NOT NULL,
  checked_in_at DATETIME(3) NULL,
  checked_out_at DATETIME(3) NULL,
  minutes INT NULL,
  adjust_reason VARCHAR(500) NULL,
  confirmed_by VARCHAR(100) NULL,
  confirmed_at DATETIME(3) NULL,
  points BIGINT NULL,
  created_at DATETIME(3) NOT NULL,
  updated_at DATETIME(3) NOT NULL,
  CONSTRAINT uk_activity_signup UNIQUE (activity_id, volunteer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_activity_signup_queue ON activity_signup (activity_id, status, id);
CREATE INDEX idx_activity_signup_subject ON activity_signup (subject, created_at);

-- One row per confirmed attendance; the business key makes a second booking impossible.
CREATE TABLE volunteer_hours (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  business_key VARCHAR(100) NOT NULL,
  volunteer_id BIGINT NOT NULL,
  subject VARCHAR(100) NOT NULL,
  community_code VARCHAR(32) NOT NULL,
  activity_id BIGINT NOT NULL,
  minutes INT NOT NULL,
  points BIGINT NOT NULL,
  booked_at DATETIME(3) NOT NULL,
  CONSTRAINT uk_volunteer_hours_key UNIQUE (business_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_volunteer_hours_subject ON volunteer_hours (subject, booked_at);
CREATE INDEX idx_volunteer_hours_booked ON volunteer_hours (booked_at);

-- Points a volunteer earned (PointsBooked EARN events), for rebuilding the points boards.
CREATE TABLE volunteer_points_earned (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  subject VARCHAR(100) NOT NULL,
  points BIGINT NOT NULL,
  earned_at DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_volunteer_points_earned ON volunteer_points_earned (earned_at, subject);
