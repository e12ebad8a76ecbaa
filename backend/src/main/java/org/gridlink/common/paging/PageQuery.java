package org.gridlink.common.paging;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.annotation.QueryValue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Page parameters of a list endpoint ({@code ?page=0&size=20}), bounded so a client cannot ask for
 * the whole table at once. Bind with {@code @RequestBean @Valid PageQuery paging}.
 */
@Introspected
public record PageQuery(
    @Nullable @QueryValue @Min(0) @Max(100_000) Integer page,
    @Nullable @QueryValue @Min(1) @Max(MAX_SIZE) Integer size) {
  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  public Pageable pageable(Sort sort) {
    return Pageable.from(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size, sort);
  }
}
