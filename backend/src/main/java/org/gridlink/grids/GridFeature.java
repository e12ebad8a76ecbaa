package org.gridlink.grids;

import io.micronaut.core.annotation.Nullable;
import org.locationtech.jts.geom.Geometry;

/**
 * One grid as imported or generated: its codes and names down the chain and its WGS-84 boundary.
 * {@code index} is the feature's position in the uploaded collection, for error messages.
 */
record GridFeature(
    int index,
    String code,
    String name,
    GridType type,
    String districtCode,
    String districtName,
    String streetCode,
    String streetName,
    String communityCode,
    String communityName,
    @Nullable String officeAddress,
    @Nullable String officePhone,
    Geometry boundary) {}
