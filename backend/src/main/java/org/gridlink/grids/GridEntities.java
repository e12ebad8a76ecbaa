package org.gridlink.grids;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** Rows of the grid tables; never leave the feature. */
final class GridEntities {
  private GridEntities() {}

  @MappedEntity("grid_area")
  record AreaRow(
      @Id @GeneratedValue @Nullable Long id,
      String code,
      AreaLevel level,
      String name,
      @Nullable String parentCode,
      @Nullable String officeAddress,
      @Nullable String officePhone,
      Instant createdAt,
      Instant updatedAt) {}

  @MappedEntity("grid")
  record GridRow(
      @Id @GeneratedValue @Nullable Long id,
      String code,
      String name,
      GridType gridType,
      String communityCode,
      Instant createdAt,
      Instant updatedAt) {}

  /** One version of a grid's boundary: WKT in WGS-84, current while validTo is null. */
  @MappedEntity("grid_boundary")
  record BoundaryRow(
      @Id @GeneratedValue @Nullable Long id,
      String gridCode,
      String boundaryWkt,
      double minLng,
      double minLat,
      double maxLng,
      double maxLat,
      Instant validFrom,
      @Nullable Instant validTo) {}
}
