package org.gridlink.grids;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A community or grid (kind COMMUNITY or GRID) whose name matched, with the grids to show. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SearchHit(
    String kind, String code, String name, List<AreaSummary> chain, List<GridSummary> grids) {}
