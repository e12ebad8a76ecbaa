package org.gridlink.media;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gridlink.common.config.GridlinkProperties;

/**
 * Photo URLs that work for a while and for one photo only: {@code /media/{id}/{variant}?exp=&sig=}
 * with an HMAC-SHA256 over id, variant and expiry. WeChat's media check and the governance system
 * fetch photos through them; nobody can list or guess one.
 */
@Singleton
class MediaUrlSigner {
  private final SecretKeySpec key;
  private final MediaProperties properties;
  private final GridlinkProperties gridlink;
  private final Clock clock;

  MediaUrlSigner(MediaProperties properties, GridlinkProperties gridlink, Clock clock) {
    this.key =
        new SecretKeySpec(
            properties.getSigningKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    this.properties = properties;
    this.gridlink = gridlink;
    this.clock = clock;
  }

  /** A relative URL valid for the configured time. */
  String url(String id, MediaStore.Variant variant) {
    long exp = clock.instant().plus(properties.getUrlTtl()).getEpochSecond();
    return "/media/"
        + id
        + "/"
        + variant.fileSuffix
        + "?exp="
        + exp
        + "&sig="
        + sign(id, variant, exp);
  }

  /** The same URL with the public address in front, for systems outside GridLink. */
  String absoluteUrl(String id, MediaStore.Variant variant) {
    return gridlink.getPublicUrl().replaceAll("/+$", "") + url(id, variant);
  }

  boolean verify(String id, MediaStore.Variant variant, long exp, String sig) {
    if (sig == null || exp < clock.instant().getEpochSecond()) {
      return false;
    }
    byte[] expected = sign(id, variant, exp).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, sig.getBytes(StandardCharsets.US_ASCII));
  }

  private String sign(String id, MediaStore.Variant variant, long exp) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] digest =
          mac.doFinal((id + "/" + variant.fileSuffix + "/" + exp).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
    }
  }
}
