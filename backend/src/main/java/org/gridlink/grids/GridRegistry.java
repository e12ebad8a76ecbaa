package org.gridlink.grids;

import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridlink.grids.GridEntities.AreaRow;
import org.gridlink.grids.GridEntities.BoundaryRow;
import org.gridlink.grids.GridEntities.GridRow;
import org.gridlink.grids.GridRepositories.AreaRepository;
import org.gridlink.grids.GridRepositories.BoundaryRepository;
import org.gridlink.grids.GridRepositories.GridRepository;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;

/** The grid registry in the database: areas, grids and their boundary versions. */
@Singleton
class GridRegistry {
  private final AreaRepository areas;
  private final GridRepository grids;
  private final BoundaryRepository boundaries;
  private final Clock clock;

  GridRegistry(
      AreaRepository areas, GridRepository grids, BoundaryRepository boundaries, Clock clock) {
    this.areas = areas;
    this.grids = grids;
    this.boundaries = boundaries;
    this.clock = clock;
  }

  boolean isEmpty() {
    return grids.count() == 0;
  }

  List<GridIndex.Entry> currentBoundaries() {
    return boundaries.findByValidToIsNull().stream()
        .map(b -> new GridIndex.Entry(b.gridCode(), parse(b.boundaryWkt())))
        .toList();
  }

  /** Every registered grid with its chain and current boundary, ordered by code. */
  List<GridFeature> currentFeatures() {
    Map<String, AreaRow> areaByCode = new HashMap<>();
    areas.findAll().forEach(a -> areaByCode.put(a.code(), a));
    Map<String, BoundaryRow> boundaryByCode =
        boundaries.findByValidToIsNull().stream()
            .collect(Collectors.toMap(BoundaryRow::gridCode, Function.identity(), (a, b) -> b));
    List<GridFeature> out = new ArrayList<>();
    for (GridRow g : grids.findAll()) {
      BoundaryRow b = boundaryByCode.get(g.code());
      AreaRow community = areaByCode.get(g.communityCode());
      if (b == null || community == null) {
        continue;
      }
      AreaRow street = areaByCode.get(community.parentCode());
      AreaRow district = street == null ? null : areaByCode.get(street.parentCode());
      out.add(feature(g, district, street, community, b));
    }
    out.sort(Comparator.comparing(GridFeature::code));
    return out;
  }

  /** One grid with its chain and current boundary, as the export writes it. */
  Optional<GridFeature> currentFeature(String code) {
    Optional<GridRow> grid = grids.findByCode(code);
    Optional<BoundaryRow> boundary = boundaries.findByGridCodeAndValidToIsNull(code);
    if (grid.isEmpty() || boundary.isEmpty()) {
      return Optional.empty();
    }
    List<AreaRow> chain = chain(grid.get().communityCode());
    AreaRow community = chain.isEmpty() ? null : chain.get(chain.size() - 1);
    if (community == null || !community.code().equals(grid.get().communityCode())) {
      return Optional.empty();
    }
    AreaRow street = chain.size() > 1 ? chain.get(chain.size() - 2) : null;
    AreaRow district = chain.size() > 2 ? chain.get(0) : null;
    return Optional.of(feature(grid.get(), district, street, community, boundary.get()));
  }

  private static GridFeature feature(
      GridRow g, AreaRow district, AreaRow street, AreaRow community, BoundaryRow b) {
    return new GridFeature(
        -1,
        g.code(),
        g.name(),
        g.gridType(),
        district == null ? "" : district.code(),
        district == null ? "" : district.name(),
        street == null ? "" : street.code(),
        street == null ? "" : street.name(),
        community.code(),
        community.name(),
        community.officeAddress(),
        community.officePhone(),
        parse(b.boundaryWkt()));
  }

  /** A page of grids by code, optionally those whose name or code contains {@code part}. */
  io.micronaut.data.model.Page<GridRow> page(String part, Pageable page) {
    return part == null || part.isBlank()
        ? grids.findAll(page)
        : grids.findByNameContainsOrCodeContains(part.trim(), part.trim(), page);
  }

  /**
   * Writes an already validated import: areas and grids by code, a new boundary version where it
   * changed.
   */
  @Transactional
  ImportResult apply(List<GridFeature> features) {
    Instant now = clock.instant();
    upsertAreas(features, now);
    Map<String, GridRow> existing =
        grids.findByCodeIn(features.stream().map(GridFeature::code).toList()).stream()
            .collect(Collectors.toMap(GridRow::code, Function.identity()));
    Map<String, BoundaryRow> currentBoundary = new HashMap<>();
    for (BoundaryRow b : boundaries.findByValidToIsNull()) {
      currentBoundary.put(b.gridCode(), b);
    }
    List<GridRow> newGrids = new ArrayList<>();
    List<GridRow> changedGrids = new ArrayList<>();
    List<BoundaryRow> newBoundaries = new ArrayList<>();
    int created = 0;
    int updated = 0;
    WKTWriter writer = new WKTWriter();
    for (GridFeature f : features) {
      GridRow old = existing.get(f.code());
      String wkt = writer.write(f.boundary());
      BoundaryRow oldBoundary = currentBoundary.get(f.code());
      boolean boundaryChanged = oldBoundary == null || !oldBoundary.boundaryWkt().equals(wkt);
      if (old == null) {
        newGrids.add(new GridRow(null, f.code(), f.name(), f.type(), f.communityCode(), now, now));
        created++;
      } else if (!old.name().equals(f.name())
          || old.gridType() != f.type()
          || !old.communityCode().equals(f.communityCode())
          || boundaryChanged) {
        changedGrids.add(
            new GridRow(
                old.id(), f.code(), f.name(), f.type(), f.communityCode(), old.createdAt(), now));
        updated++;
      }
      if (boundaryChanged) {
        if (oldBoundary != null) {
          boundaries.update(oldBoundary.id(), now);
        }
        Envelope e = f.boundary().getEnvelopeInternal();
        newBoundaries.add(
            new BoundaryRow(
                null,
                f.code(),
                wkt,
                e.getMinX(),
                e.getMinY(),
                e.getMaxX(),
                e.getMaxY(),
                now,
                null));
      }
    }
    grids.saveAll(newGrids);
    grids.updateAll(changedGrids);
    boundaries.saveAll(newBoundaries);
    return new ImportResult(created, updated, features.size() - created - updated);
  }

  private void upsertAreas(List<GridFeature> features, Instant now) {
    Map<String, AreaRow> wanted = new LinkedHashMap<>();
    for (GridFeature f : features) {
      wanted.putIfAbsent(
          f.districtCode(),
          new AreaRow(
              null,
              f.districtCode(),
              AreaLevel.DISTRICT,
              f.districtName(),
              null,
              null,
              null,
              now,
              now));
      wanted.putIfAbsent(
          f.streetCode(),
          new AreaRow(
              null,
              f.streetCode(),
              AreaLevel.STREET,
              f.streetName(),
              f.districtCode(),
              null,
              null,
              now,
              now));
      wanted.putIfAbsent(
          f.communityCode(),
          new AreaRow(
              null,
              f.communityCode(),
              AreaLevel.COMMUNITY,
              f.communityName(),
              f.streetCode(),
              f.officeAddress(),
              f.officePhone(),
              now,
              now));
    }
    Map<String, AreaRow> existing =
        areas.findByCodeIn(wanted.keySet()).stream()
            .collect(Collectors.toMap(AreaRow::code, Function.identity()));
    List<AreaRow> inserts = new ArrayList<>();
    List<AreaRow> updates = new ArrayList<>();
    for (AreaRow w : wanted.values()) {
      AreaRow old = existing.get(w.code());
      if (old == null) {
        inserts.add(w);
      } else if (!old.name().equals(w.name())
          || !java.util.Objects.equals(old.officeAddress(), w.officeAddress())
          || !java.util.Objects.equals(old.officePhone(), w.officePhone())) {
        updates.add(
            new AreaRow(
                old.id(),
                old.code(),
                old.level(),
                w.name(),
                old.parentCode(),
                w.officeAddress(),
                w.officePhone(),
                old.createdAt(),
                now));
      }
    }
    areas.saveAll(inserts);
    areas.updateAll(updates);
  }

  Optional<GridRow> grid(String code) {
    return grids.findByCode(code);
  }

  List<GridRow> gridsByCode(List<String> codes) {
    return codes.isEmpty() ? List.of() : grids.findByCodeIn(codes);
  }

  List<GridRow> gridsOfCommunity(String communityCode) {
    return grids.findByCommunityCodeOrderByCode(communityCode);
  }

  /** The community, street and district above a grid's community, district first. */
  List<AreaRow> chain(String communityCode) {
    List<AreaRow> chain = new ArrayList<>();
    String code = communityCode;
    while (code != null && chain.size() < 3) {
      Optional<AreaRow> area = areas.findByCode(code);
      if (area.isEmpty()) {
        break;
      }
      chain.add(0, area.get());
      code = area.get().parentCode();
    }
    return chain;
  }

  List<AreaRow> communitiesNamed(String part, int limit) {
    return areas.findByLevelAndNameContains(AreaLevel.COMMUNITY, part, Pageable.from(0, limit));
  }

  List<GridRow> gridsNamed(String part, int limit) {
    return grids.findByNameContains(part, Pageable.from(0, limit));
  }

  List<BoundaryRow> versions(String code) {
    return boundaries.findByGridCodeOrderByValidFrom(code);
  }

  /** The grid whose boundary version valid at {@code at} covered the point. */
  Optional<String> gridAt(double lng, double lat, Instant at) {
    var point = GeoJsonCodec.WGS84.createPoint(new Coordinate(lng, lat));
    return boundaries.findValidAtAround(at, lng, lat).stream()
        .filter(b -> parse(b.boundaryWkt()).covers(point))
        .map(BoundaryRow::gridCode)
        .findFirst();
  }

  static Geometry parse(String wkt) {
    try {
      return new WKTReader(GeoJsonCodec.WGS84).read(wkt);
    } catch (ParseException e) {
      throw new IllegalStateException("Stored boundary is not WKT", e);
    }
  }
}
