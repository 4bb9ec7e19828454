package org.shuzhi.area.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Geometry;
import org.shuzhi.area.AreaAdministration;
import org.shuzhi.area.AreaInputException;
import org.shuzhi.area.BoundaryUploadResult;
import org.shuzhi.area.Grid;
import org.shuzhi.area.GridImportResult;
import org.shuzhi.area.GridsChanged;
import org.shuzhi.area.Town;
import org.shuzhi.area.TownBoundariesReplaced;
import org.shuzhi.audit.AuditAction;
import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditTrail;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultAreaAdministration implements AreaAdministration {

  private static final Pattern USERNAME = Pattern.compile(USERNAME_PATTERN);

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
    if (communityName.length() > GridImportValidator.MAX_NAME_LENGTH) {
      throw new AreaInputException(
          "area.input.tooLong", String.valueOf(GridImportValidator.MAX_NAME_LENGTH));
    }
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
    snapshots.reloadAfterCommit();
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
    Set<String> usernames = usernames(workers);
    Grid grid =
        repository
            .gridForUpdate(gridId)
            .map(GridRow::grid)
            .orElseThrow(() -> new NotFoundException("grid " + gridId));
    Set<String> before = grid.workers();
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

  @Override
  @Transactional
  public void deleteGrid(long gridId) {
    GridRow row =
        repository.gridForUpdate(gridId).orElseThrow(() -> new NotFoundException("grid " + gridId));
    Grid grid = row.grid();
    // Deleting a grid with workers would silently take their data scope away: unassign first.
    if (!grid.workers().isEmpty() || !repository.deleteGridWithoutWorkers(gridId)) {
      throw new ConflictException(
          "area.grids.deleteHasWorkers", grid.code(), String.valueOf(grid.workers().size()));
    }
    audit.record(AuditEntry.deleted("grid", gridId, auditState(grid)));
    events.publishEvent(
        new GridsChanged(grid.townCode(), List.of(), List.of(gridId), clock.instant()));
    snapshots.reloadAfterCommit();
  }

  @Override
  @Transactional
  public GridImportResult importGrids(String geoJson, boolean replace) {
    AreaSnapshot snapshot = snapshots.current();
    var outcome =
        new GridImportValidator(
                codec,
                new BoundaryCheck(codec, snapshot.tolerance()),
                snapshot::townByCodeOrName,
                code -> snapshot.townBoundary(code).orElseThrow(),
                snapshot::hasGrid)
            .validate(geoJson, replace);
    if (!outcome.problems().isEmpty()) {
      return GridImportResult.rejected(outcome.problems());
    }
    var applied = new ImportApplication(replace);
    outcome.grids().forEach(applied::apply);
    applied.changedByTown.forEach(
        (town, ids) ->
            events.publishEvent(new GridsChanged(town, ids, List.of(), clock.instant())));
    audit.record(
        AuditEntry.change(
                AuditAction.IMPORT,
                "grid",
                null,
                null,
                Map.of(
                    "created", applied.created,
                    "updated", applied.updated,
                    "createdCommunities", applied.createdCommunities))
            .withDetail("grids"));
    snapshots.reloadAfterCommit();
    return new GridImportResult(
        applied.created, applied.updated, applied.createdCommunities, List.of());
  }

  /** Writes the checked grids of one import, each with its audit rows. */
  private final class ImportApplication {

    private final boolean replace;
    private final Map<String, Long> communityIds = new HashMap<>();
    private final List<String> created = new ArrayList<>();
    private final List<String> updated = new ArrayList<>();
    private final List<String> createdCommunities = new ArrayList<>();
    private final Map<String, List<Long>> changedByTown = new LinkedHashMap<>();

    ImportApplication(boolean replace) {
      this.replace = replace;
    }

    void apply(GridImportValidator.ImportedGrid imported) {
      String townCode = imported.town().code();
      Long communityId = community(townCode, imported.community());
      String boundary = codec.writeText(imported.boundary());
      Optional<GridRow> existing = repository.gridForUpdate(townCode, imported.code());
      long id;
      if (existing.isPresent()) {
        // The validator saw the snapshot; another node may have added the code since.
        if (!replace) {
          throw new AreaInputException("area.input.duplicateGrid", imported.code());
        }
        Grid before = existing.get().grid();
        id = before.id();
        Set<String> workers =
            imported.workers() == null ? before.workers() : Set.copyOf(imported.workers());
        repository.updateGrid(id, communityId, imported.name(), boundary);
        repository.replaceGridWorkers(id, workers);
        Grid after = new Grid(id, townCode, communityId, imported.code(), imported.name(), workers);
        audit.record(
            AuditEntry.updated(
                "grid",
                id,
                withBoundary(auditState(before), existing.get().boundaryGeoJson()),
                withBoundary(auditState(after), boundary)));
        if (!workers.equals(before.workers())) {
          audit.record(
              AuditEntry.change(
                  AuditAction.PERMISSION_CHANGE,
                  "grid",
                  id,
                  Map.of("workers", before.workers()),
                  Map.of("workers", workers)));
        }
        updated.add(imported.code());
      } else {
        Set<String> workers =
            imported.workers() == null ? Set.of() : Set.copyOf(imported.workers());
        try {
          id =
              repository.insertGrid(
                  townCode, communityId, imported.code(), imported.name(), boundary);
        } catch (DuplicateKeyException e) {
          throw new AreaInputException("area.input.duplicateGrid", imported.code());
        }
        repository.replaceGridWorkers(id, workers);
        audit.record(
            AuditEntry.created(
                "grid",
                id,
                auditState(
                    new Grid(
                        id, townCode, communityId, imported.code(), imported.name(), workers))));
        created.add(imported.code());
      }
      changedByTown.computeIfAbsent(townCode, t -> new ArrayList<>()).add(id);
    }

    private Long community(String townCode, String name) {
      if (name == null) {
        return null;
      }
      return communityIds.computeIfAbsent(
          townCode + '\u0000' + name,
          key ->
              repository
                  .communityId(townCode, name)
                  .orElseGet(
                      () -> {
                        long id = repository.insertCommunity(townCode, name, null, null);
                        audit.record(
                            AuditEntry.created(
                                "community",
                                id,
                                Map.of("townCode", townCode, "name", name, "hasBoundary", false)));
                        createdCommunities.add(name);
                        return id;
                      }));
    }
  }

  private static Map<String, Object> auditState(Grid grid) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("townCode", grid.townCode());
    state.put("communityId", grid.communityId());
    state.put("code", grid.code());
    state.put("name", grid.name());
    state.put("workers", grid.workers());
    return state;
  }

  /** A digest, not the polygon: audit rows say that the boundary changed, not every vertex. */
  private static Map<String, Object> withBoundary(Map<String, Object> state, String boundary) {
    state.put("boundarySha256", sha256(boundary));
    return state;
  }

  private static String sha256(String text) {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
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

  /** Trimmed, blanks dropped; each must look like a username of the identity module. */
  private static Set<String> usernames(Set<String> workers) {
    if (workers == null) {
      return Set.of();
    }
    Set<String> usernames = new LinkedHashSet<>();
    for (String worker : workers) {
      if (worker == null || worker.isBlank()) {
        continue;
      }
      String username = worker.trim();
      if (!USERNAME.matcher(username).matches()) {
        throw new AreaInputException("area.input.badUsername", username);
      }
      usernames.add(username);
    }
    return Set.copyOf(usernames);
  }
}
