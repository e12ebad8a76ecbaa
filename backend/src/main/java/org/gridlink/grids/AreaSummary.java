package org.gridlink.grids;

import io.micronaut.serde.annotation.Serdeable;

/** A district, street or community in a grid's chain. */
@Serdeable
public record AreaSummary(String code, AreaLevel level, String name) {}
