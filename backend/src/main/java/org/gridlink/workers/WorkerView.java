package org.gridlink.workers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A worker as staff see it: everything, including the private phone and the grids served. */
@Serdeable
record WorkerView(
    long id,
    String name,
    WorkerRole role,
    boolean fullTime,
    @Nullable String photoMediaId,
    @Nullable String officePhone,
    @Nullable String privatePhone,
    @Nullable String duties,
    @Nullable String serviceHours,
    boolean onDuty,
    List<String> gridCodes,
    @Nullable String accountSubject) {}
