package org.gridlink.grids;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.gridlink.common.web.ProblemException;
import org.gridlink.grids.GridEntities.AreaRow;
import org.gridlink.grids.GridEntities.GridRow;

/** Finds communities and grids by part of their Chinese name. */
@Singleton
class GridSearch {
  private static final int MAX_COMMUNITIES = 10;
  private static final int MAX_GRIDS = 20;
  private final GridRegistry registry;
  private final GridBoards boards;

  GridSearch(GridRegistry registry, GridBoards boards) {
    this.registry = registry;
    this.boards = boards;
  }

  List<SearchHit> search(String q) {
    // LIKE wildcards typed by a resident are taken literally by dropping them.
    String part = q == null ? "" : q.replaceAll("[%_\\\\]", "").trim();
    if (part.isEmpty() || part.length() > 50) {
      throw ProblemException.badRequest("grids.search.bad-query");
    }
    List<SearchHit> hits = new ArrayList<>();
    for (AreaRow c : registry.communitiesNamed(part, MAX_COMMUNITIES)) {
      hits.add(
          new SearchHit(
              "COMMUNITY",
              c.code(),
              c.name(),
              boards.chain(c.code()),
              registry.gridsOfCommunity(c.code()).stream().map(GridBoards::summary).toList()));
    }
    for (GridRow g : registry.gridsNamed(part, MAX_GRIDS)) {
      hits.add(
          new SearchHit(
              "GRID",
              g.code(),
              g.name(),
              boards.chain(g.communityCode()),
              List.of(GridBoards.summary(g))));
    }
    return hits;
  }
}
