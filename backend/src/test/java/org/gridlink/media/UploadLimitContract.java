package org.gridlink.media;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.UUID;
import org.gridlink.support.Api;
import org.gridlink.support.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * Uploads per resident per hour are limited (the subclasses set 2), with a 429 saying when to
 * retry.
 */
abstract class UploadLimitContract {
  @Inject Api api;
  @Inject TestAccounts accounts;

  private int upload(String token, Api.Response[] last) {
    var r =
        api.request("POST", "/api/v1/media")
            .multipart("file", "p.jpg", "image/jpeg", Fixtures.photo("jpg/gps/DSCN0025.jpg"))
            .bearer(token)
            .send();
    last[0] = r;
    return r.status();
  }

  @Test
  void theThirdUploadWithinAnHourIsRefused() {
    String owner = accounts.dev("RESIDENT", "u" + UUID.randomUUID().toString().substring(0, 8));
    Api.Response[] last = new Api.Response[1];
    assertThat(upload(owner, last)).isEqualTo(201);
    assertThat(upload(owner, last)).isEqualTo(201);
    assertThat(upload(owner, last)).isEqualTo(429);
    assertThat(last[0].header("Retry-After")).matches("\\d+");
    assertThat(last[0].text("detail")).doesNotContain(",");
    String other = accounts.dev("RESIDENT", "v" + UUID.randomUUID().toString().substring(0, 8));
    assertThat(upload(other, last)).isEqualTo(201);
  }
}
