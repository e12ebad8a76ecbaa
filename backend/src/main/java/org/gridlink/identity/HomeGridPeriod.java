package org.gridlink.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One period during which a grid was a resident's home grid; open while validUntil is null. */
@MappedEntity("resident_home_grid")
record HomeGridPeriod(
    @Id @GeneratedValue @Nullable Long id,
    long residentId,
    String gridCode,
    Instant validSince,
    @Nullable Instant validUntil) {

  HomeGridPeriod closedAt(Instant at) {
    return new HomeGridPeriod(id, residentId, gridCode, validSince, at);
  }
}
