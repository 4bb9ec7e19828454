package org.shuzhi.monitoring.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.monitoring.FloodStationDraft;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.shuzhi.platform.NotFoundException;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Flood stations: list and read within the data scope, create, edit and import (audited). */
@Service
class StationService {

  private final StationRepository repository;
  private final StationValidator validator;
  private final MonitoringRights rights;
  private final MonitoringAudit audit;
  private final DeviceDirectory directory;
  private final Clock clock;

  StationService(
      StationRepository repository,
      StationValidator validator,
      MonitoringRights rights,
      MonitoringAudit audit,
      @Lazy DeviceDirectory directory,
      Clock clock) {
    this.repository = repository;
    this.validator = validator;
    this.rights = rights;
    this.audit = audit;
    this.directory = directory;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<StationRow> list(String townCode, CurrentUser user) {
    return repository.all(user.scope(), townCode);
  }

  @Transactional(readOnly = true)
  public StationRow get(long id, CurrentUser user) {
    return repository.find(id, user.scope()).orElseThrow(() -> new NotFoundException("station"));
  }

  boolean mayWrite(CurrentUser user) {
    return rights.mayWrite(user);
  }

  boolean writable(CurrentUser user, StationRow row) {
    return rights.writable(user, row.station().townCode());
  }

  @Transactional
  public long create(FloodStationDraft draft, CurrentUser user) {
    ValidStation valid = validator.validate(draft);
    rights.requireWritable(user, valid.townCode());
    return insert(valid, user.username(), null);
  }

  @Transactional
  public long register(FloodStationDraft draft, String actor) {
    return insert(validator.validate(draft), actor, actor);
  }

  private long insert(ValidStation valid, String rowActor, String auditActor) {
    if (repository.codeTaken(valid.code(), null)) {
      throw new ConflictException("monitoring.station.code.taken", valid.code());
    }
    long id = repository.insert(valid, rowActor, clock.instant());
    audit.stationCreated(id, valid, auditActor);
    directory.changed();
    return id;
  }

  @Transactional
  public void update(long id, int version, FloodStationDraft draft, CurrentUser user) {
    StationRow before = get(id, user);
    rights.requireWritable(user, before.station().townCode());
    ValidStation valid = validator.validate(draft);
    rights.requireWritable(user, valid.townCode());
    if (repository.codeTaken(valid.code(), id)) {
      throw new ConflictException("monitoring.station.code.taken", valid.code());
    }
    if (!repository.update(id, version, valid, user.username(), clock.instant())) {
      throw new ConflictException("monitoring.station.stale");
    }
    audit.stationUpdated(id, before.station(), valid);
    directory.changed();
  }

  /**
   * Imports rows all-or-nothing: every row is validated (codes unique in the file and unused, the
   * town written in the row, when there is one, is where the location lies, inside the user's
   * scope), and nothing is stored unless all pass. Returns the problems by row index, or the ids.
   *
   * @param drafts the rows; null for a row the caller already found unreadable, which is not
   *     checked again but keeps everything from being stored
   * @param towns the town code each row names, or null where it names none
   */
  @Transactional
  public ImportOutcome importAll(
      List<FloodStationDraft> drafts, List<String> towns, CurrentUser user) {
    if (!rights.mayWrite(user)) {
      throw new AccessDeniedException("no write rights");
    }
    List<ValidStation> valid = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    boolean unreadable = false;
    for (int i = 0; i < drafts.size(); i++) {
      if (drafts.get(i) == null) {
        unreadable = true;
        continue;
      }
      try {
        ValidStation v = validator.validate(drafts.get(i));
        String named = towns.get(i);
        if (named != null && !named.equals(v.townCode())) {
          problems.add(
              new RowProblem(i, new Violation("town", "monitoring.station.import.townMismatch")));
        } else if (!rights.writable(user, v.townCode())) {
          problems.add(new RowProblem(i, new Violation("lon", "monitoring.device.outsideScope")));
        }
        if (!codes.add(v.code().toLowerCase(Locale.ROOT)) || repository.codeTaken(v.code(), null)) {
          problems.add(
              new RowProblem(i, new Violation("code", "monitoring.station.code.taken", v.code())));
        }
        valid.add(v);
      } catch (InvalidInputException e) {
        int row = i;
        e.violations().forEach(v -> problems.add(new RowProblem(row, v)));
      }
    }
    if (unreadable || !problems.isEmpty()) {
      return new ImportOutcome(0, problems);
    }
    for (ValidStation v : valid) {
      long id = repository.insert(v, user.username(), clock.instant());
      audit.stationCreated(id, v, null);
    }
    directory.changed();
    audit.imported(MonitoringAudit.STATION, valid.size());
    return new ImportOutcome(valid.size(), List.of());
  }

  /** One problem of one imported row (index into the drafts). */
  record RowProblem(int index, Violation violation) {}

  /** What an import did: how many stations it created, or every problem. */
  record ImportOutcome(int imported, List<RowProblem> problems) {}
}
