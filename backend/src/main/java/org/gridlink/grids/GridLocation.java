package org.gridlink.grids;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The answer to "which grid am I in": the grid and its chain up to the district, and its notice
 * board. {@code approximate} with {@code distanceMetres} when the point lies outside every grid and
 * this is the nearest; {@code candidates} are neighbours within the boundary margin. On the wire
 * the board leaves out its grid and chain, already given above (locate is the hot path).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record GridLocation(
    GridSummary grid,
    List<AreaSummary> chain,
    boolean approximate,
    @Nullable Long distanceMetres,
    List<GridSummary> candidates,
    @JsonIgnoreProperties({"grid", "chain"}) NoticeBoard board) {}
