-- Photos are media ids (24 letters and digits, see media.MediaService), not numbers:
-- the worker's photo column holds such an id.
ALTER TABLE grid_worker MODIFY photo_media_id VARCHAR(32) NULL;
