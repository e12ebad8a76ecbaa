package org.gridlink.grids;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/**
 * The validation report of an upload, before it is applied: every problem with its feature index,
 * kind (overlap, hole, invalid-polygon, ...), message, and where to draw it (GeoJSON geometry in
 * WGS-84, or null). No problems means the same upload would import.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record ImportCheck(int features, List<Issue> issues) {

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Issue(
      int featureIndex, String kind, String message, @Nullable Map<String, Object> geometry) {}
}
