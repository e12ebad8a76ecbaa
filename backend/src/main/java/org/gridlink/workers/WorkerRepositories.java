package org.gridlink.workers;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.PageableRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gridlink.workers.WorkerEntities.AssignmentRow;
import org.gridlink.workers.WorkerEntities.WorkerRow;

/** Repositories of the worker tables. */
final class WorkerRepositories {
  private WorkerRepositories() {}

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface WorkerRepository extends PageableRepository<WorkerRow, Long> {
    @Query(
        "SELECT w.* FROM grid_worker w JOIN grid_worker_assignment a ON a.worker_id = w.id"
            + " WHERE a.grid_code = :gridCode ORDER BY w.id")
    List<WorkerRow> findServing(String gridCode);

    Optional<WorkerRow> findByAccountSubject(String accountSubject);
  }

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface AssignmentRepository extends CrudRepository<AssignmentRow, Long> {
    List<AssignmentRow> findByWorkerId(long workerId);

    List<AssignmentRow> findByWorkerIdIn(Collection<Long> workerIds);

    void deleteByWorkerId(long workerId);
  }
}
