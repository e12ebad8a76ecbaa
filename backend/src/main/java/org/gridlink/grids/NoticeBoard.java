package org.gridlink.grids;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.gridlink.workers.WorkerCard;

/** A grid's public notice board (网格员公示牌): who works there and what they help with. */
@Serdeable
public record NoticeBoard(
    GridSummary grid,
    List<AreaSummary> chain,
    CommunityOffice office,
    List<WorkerCard> workers,
    List<String> helpsWith,
    String qrUrl) {}
