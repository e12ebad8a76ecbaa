package org.gridlink.media;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface MediaRepository extends CrudRepository<MediaFile, String> {

  List<MediaFile> findByStateAndCreatedAtLessThan(MediaFile.State state, Instant before);
}
