package org.gridlink.workers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** Rows of the worker tables; never leave the feature. */
final class WorkerEntities {
  private WorkerEntities() {}

  @MappedEntity("grid_worker")
  record WorkerRow(
      @Id @GeneratedValue @Nullable Long id,
      String name,
      WorkerRole role,
      boolean fullTime,
      @Nullable String photoMediaId,
      @Nullable String officePhone,
      @Nullable String privatePhone,
      @Nullable String duties,
      @Nullable String serviceHours,
      boolean onDuty,
      Instant createdAt,
      Instant updatedAt,
      @Nullable String accountSubject) {

    WorkerRow linkedTo(@Nullable String subject, Instant now) {
      return new WorkerRow(
          id,
          name,
          role,
          fullTime,
          photoMediaId,
          officePhone,
          privatePhone,
          duties,
          serviceHours,
          onDuty,
          createdAt,
          now,
          subject);
    }

    WorkerCard card() {
      return new WorkerCard(
          id, name, role, fullTime, photoMediaId, officePhone, duties, serviceHours, onDuty);
    }
  }

  @MappedEntity("grid_worker_assignment")
  record AssignmentRow(@Id @GeneratedValue @Nullable Long id, long workerId, String gridCode) {}
}
