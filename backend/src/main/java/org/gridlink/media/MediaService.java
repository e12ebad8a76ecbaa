package org.gridlink.media;

import io.micronaut.http.HttpStatus;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.gridlink.common.ratelimit.RateLimitExceededException;
import org.gridlink.common.ratelimit.RateLimiter;
import org.gridlink.common.web.ProblemException;

/** Uploads, lookups by owner or staff, and the expiry of photos no report took. */
@Singleton
class MediaService {
  static final int MAX_BYTES = 10 * 1024 * 1024;
  private static final String ID_ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private final SecureRandom random = new SecureRandom();

  private final PhotoPipeline pipeline;
  private final MediaStore store;
  private final MediaRepository repository;
  private final MediaViews views;
  private final RateLimiter rateLimiter;
  private final MediaProperties properties;
  private final Clock clock;

  MediaService(
      PhotoPipeline pipeline,
      MediaStore store,
      MediaRepository repository,
      MediaViews views,
      RateLimiter rateLimiter,
      MediaProperties properties,
      Clock clock) {
    this.pipeline = pipeline;
    this.store = store;
    this.repository = repository;
    this.views = views;
    this.rateLimiter = rateLimiter;
    this.properties = properties;
    this.clock = clock;
  }

  MediaView upload(InputStream body, String owner) {
    RateLimiter.Decision decision =
        rateLimiter.acquire("upload:" + owner, properties.getUploadsPerHour(), Duration.ofHours(1));
    if (!decision.allowed()) {
      throw new RateLimitExceededException(decision.retryAfter());
    }
    byte[] bytes = readLimited(body);
    PhotoPipeline.Processed p = pipeline.process(bytes);
    String id = newId();
    store.put(id, MediaStore.Variant.FULL, p.served());
    store.put(id, MediaStore.Variant.THUMB, p.thumbnail().jpeg());
    PhotoMetadata m = p.metadata();
    MediaFile saved =
        repository.save(
            new MediaFile(
                id,
                owner,
                p.format().contentType,
                p.width(),
                p.height(),
                p.served().length,
                p.thumbnail().width(),
                p.thumbnail().height(),
                p.sha256(),
                m.orientation(),
                m.present(),
                m.latitude(),
                m.longitude(),
                m.takenAt() == null ? null : m.takenAt().toString(),
                m.make(),
                m.model(),
                MediaFile.State.UNATTACHED,
                null,
                clock.instant()));
    return views.of(saved);
  }

  /** The photo if the caller owns it or is staff; otherwise it does not exist for them. */
  Optional<MediaView> find(String id, String caller, boolean staff) {
    return repository.findById(id).filter(f -> staff || f.owner().equals(caller)).map(views::of);
  }

  Optional<MediaFile> file(String id) {
    return repository.findById(id);
  }

  @Scheduled(fixedDelay = "30m", initialDelay = "10m")
  void expireUnattached() {
    var before = clock.instant().minus(properties.getUnattachedTtl());
    for (MediaFile f :
        repository.findByStateAndCreatedAtLessThan(MediaFile.State.UNATTACHED, before)) {
      store.delete(f.id());
      repository.delete(f);
    }
  }

  /** Reads at most 10 MB: the body is in memory once, and never more than the limit. */
  private static byte[] readLimited(InputStream in) {
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
      byte[] buffer = new byte[64 * 1024];
      int total = 0;
      for (int n; (n = in.read(buffer)) != -1; ) {
        total += n;
        if (total > MAX_BYTES) {
          throw new ProblemException(
              HttpStatus.REQUEST_ENTITY_TOO_LARGE,
              "payload-too-large",
              "problem.payload-too-large.detail");
        }
        out.write(buffer, 0, n);
      }
      if (total == 0) {
        throw new ProblemException(
            HttpStatus.BAD_REQUEST, "photo-unreadable", "problem.media.empty");
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new ProblemException(
          HttpStatus.BAD_REQUEST, "bad-request", "problem.media.interrupted");
    }
  }

  private String newId() {
    StringBuilder sb = new StringBuilder(24);
    for (int i = 0; i < 24; i++) {
      sb.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
    }
    return sb.toString();
  }
}
