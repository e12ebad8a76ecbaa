package org.gridlink.workers;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The worker record a signed-in GRID_WORKER account is linked to, with the grids it serves. */
@Serdeable
public record WorkerAccount(long workerId, String name, WorkerRole role, List<String> gridCodes) {}
