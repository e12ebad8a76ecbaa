package org.gridlink.grids;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.gridlink.workers.WorkerCard;

/** A grid's public notice board (网格员公示牌): who works there and what they help with. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record NoticeBoard(
    GridSummary grid,
    List<AreaSummary> chain,
    CommunityOffice office,
    List<WorkerCard> workers,
    List<String> helpsWith,
    String qrUrl) {}
