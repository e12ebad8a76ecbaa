package org.gridlink.grids;

import io.micronaut.serde.annotation.Serdeable;

/** A point in WGS-84 (CGCS2000), the system GridLink stores and sends on. */
@Serdeable
public record WgsPoint(double lat, double lng) {}
