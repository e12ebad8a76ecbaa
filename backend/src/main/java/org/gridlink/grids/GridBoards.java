package org.gridlink.grids;

import jakarta.inject.Singleton;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridlink.common.config.GridlinkProperties;
import org.gridlink.grids.GridEntities.AreaRow;
import org.gridlink.grids.GridEntities.GridRow;
import org.gridlink.workers.WorkerCard;
import org.gridlink.workers.WorkersFacade;

/** Puts a grid's notice board together: chain, community office, workers, what they help with. */
@Singleton
class GridBoards {
  private static final int MAX_HELPS = 12;
  private final GridRegistry registry;
  private final WorkersFacade workers;
  private final GridlinkProperties properties;
  private final BoardCache cache;

  GridBoards(
      GridRegistry registry,
      WorkersFacade workers,
      GridlinkProperties properties,
      BoardCache cache) {
    this.registry = registry;
    this.workers = workers;
    this.properties = properties;
    this.cache = cache;
  }

  /** A grid's board from the read model, assembled from the database on its first lookup. */
  Optional<NoticeBoard> board(String code) {
    return cache.board(code, c -> registry.grid(c).map(this::assemble));
  }

  private NoticeBoard assemble(GridRow grid) {
    List<AreaRow> chain = registry.chain(grid.communityCode());
    AreaRow community = chain.isEmpty() ? null : chain.get(chain.size() - 1);
    List<WorkerCard> cards = workers.servingGrid(grid.code());
    return new NoticeBoard(
        summary(grid),
        chain.stream().map(GridBoards::summary).toList(),
        community == null
            ? new CommunityOffice(grid.communityCode(), "", null, null)
            : new CommunityOffice(
                community.code(),
                community.name(),
                community.officeAddress(),
                community.officePhone()),
        cards,
        helpsWith(cards),
        qrUrl(grid.code()));
  }

  List<AreaSummary> chain(String communityCode) {
    return registry.chain(communityCode).stream().map(GridBoards::summary).toList();
  }

  String qrUrl(String code) {
    String base = properties.getPublicUrl().replaceAll("/+$", "");
    return base + "/#/g/" + code;
  }

  /** The duties workers list, split into short items, each once, in board order. */
  private static List<String> helpsWith(List<WorkerCard> cards) {
    Set<String> helps = new LinkedHashSet<>();
    for (WorkerCard c : cards) {
      if (c.duties() != null) {
        for (String part : c.duties().split("[、，,；;\\n]")) {
          if (!part.isBlank() && helps.size() < MAX_HELPS) {
            helps.add(part.trim());
          }
        }
      }
    }
    return List.copyOf(helps);
  }

  static GridSummary summary(GridRow g) {
    return new GridSummary(g.code(), g.name(), g.gridType());
  }

  static AreaSummary summary(AreaRow a) {
    return new AreaSummary(a.code(), a.level(), a.name());
  }
}
