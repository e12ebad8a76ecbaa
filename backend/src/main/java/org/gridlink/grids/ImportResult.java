package org.gridlink.grids;

import io.micronaut.serde.annotation.Serdeable;

/** What an import changed: grids created, grids with a new boundary version or names, unchanged. */
@Serdeable
public record ImportResult(int created, int updated, int unchanged) {}
