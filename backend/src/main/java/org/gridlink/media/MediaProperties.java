package org.gridlink.media;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;

/** Photo handling limits and the key that signs photo URLs ({@code gridlink.media.*}). */
@ConfigurationProperties("gridlink.media")
class MediaProperties {
  /** HMAC key for photo URLs; production refuses the development default. */
  @NotBlank
  @Size(min = 32)
  private String signingKey = "dev-only-media-signing-key-0123456789abcdef";

  @NotNull private Duration urlTtl = Duration.ofHours(1);
  @NotNull private Duration unattachedTtl = Duration.ofHours(24);

  @Min(1)
  @Max(200)
  private int maxMegapixels = 50;

  @Min(64)
  @Max(2048)
  private int thumbnailLongSide = 480;

  @Min(1)
  private int uploadsPerHour = 60;

  public String getSigningKey() {
    return signingKey;
  }

  public void setSigningKey(String signingKey) {
    this.signingKey = signingKey;
  }

  public Duration getUrlTtl() {
    return urlTtl;
  }

  public void setUrlTtl(Duration urlTtl) {
    this.urlTtl = urlTtl;
  }

  public Duration getUnattachedTtl() {
    return unattachedTtl;
  }

  public void setUnattachedTtl(Duration unattachedTtl) {
    this.unattachedTtl = unattachedTtl;
  }

  public int getMaxMegapixels() {
    return maxMegapixels;
  }

  public void setMaxMegapixels(int maxMegapixels) {
    this.maxMegapixels = maxMegapixels;
  }

  public int getThumbnailLongSide() {
    return thumbnailLongSide;
  }

  public void setThumbnailLongSide(int thumbnailLongSide) {
    this.thumbnailLongSide = thumbnailLongSide;
  }

  public int getUploadsPerHour() {
    return uploadsPerHour;
  }

  public void setUploadsPerHour(int uploadsPerHour) {
    this.uploadsPerHour = uploadsPerHour;
  }
}
