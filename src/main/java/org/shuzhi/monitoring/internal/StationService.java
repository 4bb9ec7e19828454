package org.shuzhi.monitoring.internal;

import java.time.Clock;
import java.util.List;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.monitoring.FloodStationDraft;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.NotFoundException;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Flood stations: list and read within the data scope, create and edit (audited). */
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
}
