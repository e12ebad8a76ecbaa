package org.gridlink.workers;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Set;

/**
 * Published when workers were created or changed: the notice boards of these grids (those served
 * before and after the change) are out of date. The grids feature drops its cached boards on it.
 */
@Serdeable
public record WorkersChanged(Set<String> gridCodes) {}
