package org.gridlink.identity;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A resident's current home grid and since when it has been their home grid. */
@Serdeable
public record HomeGrid(String gridCode, Instant since) {}
