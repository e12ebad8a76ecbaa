package org.gridlink.grids;

import io.micronaut.serde.annotation.Serdeable;

/** A grid as residents see it. */
@Serdeable
public record GridSummary(String code, String name, GridType type) {}
