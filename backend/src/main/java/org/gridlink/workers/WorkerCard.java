package org.gridlink.workers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A grid worker as the public notice board shows them. Deliberately without the private phone: this
 * record is the only shape a worker takes on public pages.
 */
@Serdeable
public record WorkerCard(
    long id,
    String name,
    WorkerRole role,
    boolean fullTime,
    @Nullable String photoMediaId,
    @Nullable String officePhone,
    @Nullable String duties,
    @Nullable String serviceHours,
    boolean onDuty) {}
