package org.gridlink.servicerequests;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.PageableRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gridlink.servicerequests.ServiceRequestEntities.Assignee;
import org.gridlink.servicerequests.ServiceRequestEntities.Event;
import org.gridlink.servicerequests.ServiceRequestEntities.Photo;
import org.gridlink.servicerequests.ServiceRequestEntities.Request;
import org.gridlink.servicerequests.ServiceRequestEntities.RequestType;

/** Data access of the service requests feature. */
final class ServiceRequestRepositories {
  private ServiceRequestRepositories() {}

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Types extends CrudRepository<RequestType, String> {
    List<RequestType> findAllOrderBySortOrder();

    List<RequestType> findByActiveOrderBySortOrder(boolean active);
  }

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Requests extends PageableRepository<Request, Long> {
    Page<Request> findByResident(String resident, Pageable pageable);

    Page<Request> findByGridCodeInAndStatusIn(
        Collection<String> gridCodes, Collection<ServiceRequestStatus> statuses, Pageable page);

    Page<Request> findByStatusIn(Collection<ServiceRequestStatus> statuses, Pageable page);

    Page<Request> findByEscalatedAtIsNotNullAndStatusIn(
        Collection<ServiceRequestStatus> statuses, Pageable page);

    /** The request, locked until the transaction ends: two steps at once apply one by one. */
    Optional<Request> findByIdForUpdate(Long id);

    /** Running requests past their response target, not yet escalated. */
    List<Request> findTop100ByStatusInAndDueAtLessThanAndEscalatedAtIsNullOrderByDueAt(
        Collection<ServiceRequestStatus> statuses, Instant now);

    /**
     * Claims the escalation of one request: the conditional update lets exactly one instance (and
     * one run) win, without a lock held across the notification.
     */
    @Query(
        "UPDATE service_request SET escalated_at = :now WHERE id = :id AND escalated_at IS NULL"
            + " AND due_at < :now")
    int claimEscalation(long id, Instant now);
  }

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Assignees extends CrudRepository<Assignee, Long> {
    List<Assignee> findByRequestId(long requestId);

    List<Assignee> findByRequestIdIn(Collection<Long> requestIds);

    void deleteByRequestIdAndWorkerId(long requestId, long workerId);

    void deleteByRequestId(long requestId);
  }

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Photos extends CrudRepository<Photo, Long> {
    List<Photo> findByRequestIdOrderByPosition(long requestId);
  }

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Events extends CrudRepository<Event, Long> {
    List<Event> findByRequestIdOrderById(long requestId);
  }
}
