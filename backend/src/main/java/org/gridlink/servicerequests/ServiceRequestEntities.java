package org.gridlink.servicerequests;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** The rows of the service requests feature. */
final class ServiceRequestEntities {
  private ServiceRequestEntities() {}

  /** A kind of help residents can ask for, its form (JSON field specs) and response target. */
  @MappedEntity("service_request_type")
  record RequestType(
      @Id String code,
      String nameZh,
      String nameEn,
      String fieldsJson,
      int responseHours,
      int sortOrder,
      boolean active,
      Instant updatedAt) {}

  @MappedEntity("service_request")
  record Request(
      @Id @GeneratedValue @Nullable Long id,
      String resident,
      String typeCode,
      String gridCode,
      String answersJson,
      @Nullable String preferredTime,
      ServiceRequestStatus status,
      int notDoneCount,
      @Nullable Integer rating,
      @Nullable String ratingComment,
      Instant dueAt,
      @Nullable Instant escalatedAt,
      @Nullable Instant doneAt,
      Instant createdAt,
      Instant updatedAt) {

    Request moved(ServiceRequestStatus to, Instant now) {
      return new Request(
          id,
          resident,
          typeCode,
          gridCode,
          answersJson,
          preferredTime,
          to,
          notDoneCount,
          rating,
          ratingComment,
          dueAt,
          escalatedAt,
          to == ServiceRequestStatus.DONE ? now : doneAt,
          createdAt,
          now);
    }

    /** Said not done: the count goes up; a reopened request gets a fresh response target. */
    Request notDone(ServiceRequestStatus to, Instant newDueAt, Instant now) {
      boolean reopened = to == ServiceRequestStatus.REOPENED;
      return new Request(
          id,
          resident,
          typeCode,
          gridCode,
          answersJson,
          preferredTime,
          to,
          notDoneCount + 1,
          rating,
          ratingComment,
          reopened ? newDueAt : dueAt,
          reopened ? null : escalatedAt,
          doneAt,
          createdAt,
          now);
    }

    Request rated(int stars, String comment, Instant now) {
      return new Request(
          id,
          resident,
          typeCode,
          gridCode,
          answersJson,
          preferredTime,
          ServiceRequestStatus.CLOSED,
          notDoneCount,
          stars,
          comment,
          dueAt,
          escalatedAt,
          doneAt,
          createdAt,
          now);
    }
  }

  /** A worker the request is with now. */
  @MappedEntity("service_request_assignee")
  record Assignee(@Id @GeneratedValue @Nullable Long id, long requestId, long workerId) {}

  @MappedEntity("service_request_photo")
  record Photo(
      @Id @GeneratedValue @Nullable Long id, long requestId, String mediaId, int position) {}

  /** One step on the timeline; {@code actorName} is the worker's public name, never an id. */
  @MappedEntity("service_request_event")
  record Event(
      @Id @GeneratedValue @Nullable Long id,
      long requestId,
      Step kind,
      ServiceRequestStatus status,
      String actor,
      Actor.By actorKind,
      @Nullable String actorName,
      @Nullable String note,
      Instant occurredAt) {}
}
