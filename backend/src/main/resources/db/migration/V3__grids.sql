-- Grids: the administrative chain (district, street, community), grids with their
-- boundary versions, and the grid workers shown on each grid's notice board.
-- Boundaries are WKT text in WGS-84 (x = longitude, y = latitude): spatial column
-- types differ between H2 and MariaDB, and lookups run in memory anyway.

CREATE TABLE grid_area (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  code VARCHAR(12) NOT NULL,
  level VARCHAR(16) NOT NULL,
  name VARCHAR(100) NOT NULL,
  parent_code VARCHAR(12) NULL,
  office_address VARCHAR(200) NULL,
  office_phone VARCHAR(40) NULL,
  created_at DATETIME(3) NOT NULL,
  updated_at DATETIME(3) NOT NULL,
  CONSTRAINT uk_grid_area_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_grid_area_name ON grid_area (name);

CREATE TABLE grid (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  code CHAR(15) NOT NULL,
  name VARCHAR(100) NOT NULL,
  grid_type VARCHAR(16) NOT NULL,
  community_code VARCHAR(12) NOT NULL,
  created_at DATETIME(3) NOT NULL,
  updated_at DATETIME(3) NOT NULL,
  CONSTRAINT uk_grid_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_grid_community ON grid (community_code);
CREATE INDEX idx_grid_name ON grid (name);

-- One row per boundary version; the current one has valid_to NULL.
CREATE TABLE grid_boundary (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  grid_code CHAR(15) NOT NULL,
  boundary_wkt LONGTEXT NOT NULL,
  -- The envelope, so a point-in-time lookup reads only the few versions around a point.
  min_lng DOUBLE NOT NULL,
  min_lat DOUBLE NOT NULL,
  max_lng DOUBLE NOT NULL,
  max_lat DOUBLE NOT NULL,
  valid_from DATETIME(3) NOT NULL,
  valid_to DATETIME(3) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_grid_boundary_code ON grid_boundary (grid_code, valid_from);
CREATE INDEX idx_grid_boundary_current ON grid_boundary (valid_to);

CREATE TABLE grid_worker (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(50) NOT NULL,
  role VARCHAR(20) NOT NULL,
  full_time BOOLEAN NOT NULL,
  photo_media_id BIGINT NULL,
  office_phone VARCHAR(40) NULL,
  private_phone VARCHAR(40) NULL,
  duties VARCHAR(500) NULL,
  service_hours VARCHAR(100) NULL,
  on_duty BOOLEAN NOT NULL DEFAULT TRUE,
  created_at DATETIME(3) NOT NULL,
  updated_at DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE grid_worker_assignment (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  worker_id BIGINT NOT NULL,
  grid_code CHAR(15) NOT NULL,
  CONSTRAINT uk_grid_worker_assignment UNIQUE (worker_id, grid_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_grid_worker_assignment_grid ON grid_worker_assignment (grid_code);
