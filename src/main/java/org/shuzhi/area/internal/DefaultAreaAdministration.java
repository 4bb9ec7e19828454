package org.shuzhi.area.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import org.shuzhi.area.AreaAdministration;
import org.shuzhi.area.AreaInputException;
import org.shuzhi.area.BoundaryUploadResult;
import org.shuzhi.area.Grid;
import org.shuzhi.area.Town;
import org.shuzhi.area.TownBoundariesReplaced;
import org.shuzhi.audit.AuditAction;
import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultAreaAdministration implements AreaAdministration {

  private final AreaRepository repository;
  private final AreaSnapshots snapshots;
  private final GeoJsonCodec codec;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final AuditTrail audit;

  DefaultAreaAdministration(
      AreaRepository repository,
      AreaSnapshots snapshots,
      GeoJsonCodec codec,
      ApplicationEventPublisher events,
      Clock clock,
      AuditTrail audit) {
    this.repository = repository;
    this.snapshots = snapshots;
    this.codec = codec;
    this.events = events;
    this.clock = clock;
    this.audit = audit;
  }

  @Override
  @Transactional
  public long createCommunity(
      String townCode, String name, String code, String boundaryGeoJsonOrNull) {
    Town town = knownTown(townCode);
    String communityName = required(name, "area.input.nameRequired");
    String boundary =
        boundaryGeoJsonOrNull == null || boundaryGeoJsonOrNull.isBlank()
            ? null
            : codec.writeText(boundary(boundaryGeoJsonOrNull));
    long id;
    try {
      id = repository.insertCommunity(town.code(), communityName, blankToNull(code), boundary);
    } catch (DuplicateKeyException e) {
      throw new AreaInputException("area.input.duplicateCommunity", communityName);
    }
    audit.record(
        AuditEntry.created(
            "community",
            id,
            Map.of(
                "townCode", town.code(), "name", communityName, "hasBoundary", boundary != null)));
    return id;
  }

  @Override
  @Transactional
  public Grid createGrid(
      String townCode,
      Long communityId,
      String code,
      String name,
      String boundaryGeoJson,
      Set<String> workers) {
    Town town = knownTown(townCode);
    if (communityId != null
        && !repository.townOfCommunity(communityId).map(town.code()::equals).orElse(false)) {
      throw new AreaInputException(
          "area.input.communityNotInTown", String.valueOf(communityId), town.name());
    }
    String gridCode = required(code, "area.input.codeRequired");
    String gridName = required(name, "area.input.nameRequired");
    if (boundaryGeoJson == null || boundaryGeoJson.isBlank()) {
      throw new AreaInputException("area.input.boundaryRequired");
    }
    Geometry boundary = boundary(boundaryGeoJson);
    Set<String> usernames = usernames(workers);
    long id;
    try {
      id =
          repository.insertGrid(
              town.code(), communityId, gridCode, gridName, codec.writeText(boundary));
    } catch (DuplicateKeyException e) {
      throw new AreaInputException("area.input.duplicateGrid", gridCode);
    }
    repository.replaceGridWorkers(id, usernames);
    snapshots.reloadAfterCommit();
    Grid grid = new Grid(id, town.code(), communityId, gridCode, gridName, usernames);
    audit.record(
        AuditEntry.created(
            "grid",
            id,
            Map.of(
                "townCode",
                town.code(),
                "code",
                gridCode,
                "name",
                gridName,
                "workers",
                usernames)));
    return grid;
  }

  @Override
  @Transactional
  public Grid assignGridWorkers(long gridId, Set<String> workers) {
    Grid grid =
        repository
            .gridWithoutWorkers(gridId)
            .orElseThrow(
                () -> new AreaInputException("area.input.unknownGrid", String.valueOf(gridId)));
    Set<String> usernames = usernames(workers);
    Set<String> before = snapshots.current().grid(gridId).map(Grid::workers).orElse(Set.of());
    repository.replaceGridWorkers(gridId, usernames);
    snapshots.reloadAfterCommit();
    // Grid workers see their grids' records: assigning them changes data scope.
    audit.record(
        AuditEntry.change(
            AuditAction.PERMISSION_CHANGE,
            "grid",
            gridId,
            Map.of("workers", before),
            Map.of("workers", usernames)));
    return new Grid(
        grid.id(), grid.townCode(), grid.communityId(), grid.code(), grid.name(), usernames);
  }

  @Override
  @Transactional
  public BoundaryUploadResult replaceTownBoundaries(String geoJson, String actor) {
    AreaSnapshot snapshot = snapshots.current();
    var outcome =
        new TownBoundaryUploadValidator(
                codec, snapshot::town, new BoundaryCheck(codec, snapshot.tolerance()))
            .validate(geoJson);
    if (!outcome.problems().isEmpty()) {
      return BoundaryUploadResult.rejected(outcome.problems());
    }
    for (Map.Entry<String, Geometry> e : outcome.boundaries().entrySet()) {
      repository.replaceTownBoundary(e.getKey(), codec.writeText(e.getValue()), actor);
    }
    List<String> codes = List.copyOf(outcome.boundaries().keySet());
    for (String code : codes) {
      audit.record(
          AuditEntry.change(
              AuditAction.UPDATE,
              "town",
              code,
              Map.of(
                  "boundarySource",
                  snapshot
                      .town(code)
                      .map(t -> t.approximateBoundary() ? "APPROXIMATE" : "IMPORTED")
                      .orElse("")),
              Map.of("boundarySource", "IMPORTED")));
    }
    events.publishEvent(new TownBoundariesReplaced(codes, actor, clock.instant()));
    snapshots.reloadAfterCommit();
    return new BoundaryUploadResult(codes, List.of());
  }

  private Town knownTown(String code) {
    return snapshots
        .current()
        .town(code)
        .orElseThrow(
            () -> new AreaInputException("area.input.unknownTown", code == null ? "" : code));
  }

  private Geometry boundary(String geoJson) {
    return new BoundaryCheck(codec, snapshots.current().tolerance()).boundary(geoJson);
  }

  private static String required(String value, String key) {
    if (value == null || value.isBlank()) {
      throw new AreaInputException(key);
    }
    return value.trim();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static Set<String> usernames(Set<String> workers) {
    return workers == null
        ? Set.of()
        : workers.stream()
            .filter(w -> w != null && !w.isBlank())
            .map(String::trim)
            .collect(Collectors.toUnmodifiableSet());
  }
}
