package org.gridlink.grids;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gridlink.grids.GridEntities.AreaRow;
import org.gridlink.grids.GridEntities.BoundaryRow;
import org.gridlink.grids.GridEntities.GridRow;

/** Repositories of the grid tables. */
final class GridRepositories {
  private GridRepositories() {}

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface AreaRepository extends CrudRepository<AreaRow, Long> {
    Optional<AreaRow> findByCode(String code);

    List<AreaRow> findByCodeIn(Collection<String> codes);

    List<AreaRow> findByLevelAndNameContains(AreaLevel level, String name, Pageable page);
  }

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface GridRepository extends CrudRepository<GridRow, Long> {
    Optional<GridRow> findByCode(String code);

    List<GridRow> findByCodeIn(Collection<String> codes);

    List<GridRow> findByCommunityCodeOrderByCode(String communityCode);

    List<GridRow> findByNameContains(String name, Pageable page);

    Page<GridRow> findAll(Pageable page);

    /** Grids whose name or code contains the text, for the console's list. */
    Page<GridRow> findByNameContainsOrCodeContains(String name, String code, Pageable page);

    long count();
  }

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface BoundaryRepository extends CrudRepository<BoundaryRow, Long> {
    List<BoundaryRow> findByValidToIsNull();

    Optional<BoundaryRow> findByGridCodeAndValidToIsNull(String gridCode);

    List<BoundaryRow> findByGridCodeOrderByValidFrom(String gridCode);

    void update(@Id Long id, @Nullable Instant validTo);

    @Query(
        "SELECT * FROM grid_boundary WHERE valid_from <= :at AND (valid_to IS NULL OR valid_to >"
            + " :at) AND min_lng <= :lng AND max_lng >= :lng AND min_lat <= :lat AND max_lat >="
            + " :lat")
    List<BoundaryRow> findValidAtAround(Instant at, double lng, double lat);
  }
}
