-- Photos residents upload. Served copies and thumbnails live in the media store
-- (files under the data directory); the EXIF evidence read from the original
-- stays here only. Originals are not kept.
CREATE TABLE media_file (
  id VARCHAR(32) NOT NULL PRIMARY KEY,
  owner VARCHAR(100) NOT NULL,
  content_type VARCHAR(32) NOT NULL,
  width INT NOT NULL,
  height INT NOT NULL,
  size_bytes BIGINT NOT NULL,
  thumb_width INT NOT NULL,
  thumb_height INT NOT NULL,
  sha256 CHAR(64) NOT NULL,
  orientation INT NOT NULL,
  has_metadata BOOLEAN NOT NULL,
  gps_lat DOUBLE NULL,
  gps_lng DOUBLE NULL,
  taken_at VARCHAR(32) NULL,
  camera_make VARCHAR(100) NULL,
  camera_model VARCHAR(100) NULL,
  state VARCHAR(16) NOT NULL,
  attached_to VARCHAR(64) NULL,
  created_at DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_media_file_owner ON media_file (owner, created_at);
CREATE INDEX idx_media_file_state ON media_file (state, created_at);
