package org.shuzhi.monitoring.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.OpaqueTokens;
import org.shuzhi.monitoring.DeviceDraft;
import org.shuzhi.monitoring.DeviceRegistry;
import org.shuzhi.monitoring.FloodStationDraft;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The device registry: search and read within the user's data scope, create, edit, issue a new
 * token, delete, and all-or-nothing imports; every change audited and the in-memory directory
 * reloaded after the commit.
 */
@Service
class DeviceService implements DeviceRegistry {

  private final DeviceRepository repository;
  private final DeviceValidator validator;
  private final OpaqueTokens tokens;
  private final MonitoringRights rights;
  private final MonitoringAudit audit;
  private final DeviceDirectory directory;
  private final StationService stations;
  private final Clock clock;

  DeviceService(
      DeviceRepository repository,
      DeviceValidator validator,
      OpaqueTokens tokens,
      MonitoringRights rights,
      MonitoringAudit audit,
      DeviceDirectory directory,
      StationService stations,
      Clock clock) {
    this.repository = repository;
    this.validator = validator;
    this.tokens = tokens;
    this.rights = rights;
    this.audit = audit;
    this.directory = directory;
    this.stations = stations;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public DevicePage search(DeviceQuery query, CurrentUser user) {
    return repository.search(query, user.scope());
  }

  @Transactional(readOnly = true)
  public void forEach(DeviceQuery query, CurrentUser user, Consumer<DeviceRow> consumer) {
    repository.forEach(query, user.scope(), consumer);
  }

  @Transactional(readOnly = true)
  public DeviceRow get(long id, CurrentUser user) {
    return repository.find(id, user.scope()).orElseThrow(() -> new NotFoundException("device"));
  }

  boolean mayWrite(CurrentUser user) {
    return rights.mayWrite(user);
  }

  boolean writable(CurrentUser user, DeviceRow row) {
    return rights.writable(user, row.townCode());
  }

  @Transactional
  public IssuedDevice create(DeviceDraft draft, CurrentUser user) {
    ValidDevice valid = validator.validate(draft);
    rights.requireWritable(user, valid.townCode());
    return insert(valid, user.username(), null);
  }

  @Override
  @Transactional
  public IssuedDevice register(DeviceDraft draft, String actor) {
    return insert(validator.validate(draft), actor, actor);
  }

  @Override
  @Transactional
  public List<IssuedDevice> registerAll(List<DeviceDraft> drafts, String actor) {
    List<ValidDevice> valid = new ArrayList<>();
    List<InvalidInputException.Violation> problems = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (DeviceDraft draft : drafts) {
      try {
        ValidDevice v = validator.validate(draft);
        if (!codes.add(v.code().toLowerCase()) || repository.codeTaken(v.code(), null)) {
          problems.add(
              new InvalidInputException.Violation(
                  "code", "monitoring.device.code.taken", v.code()));
        }
        valid.add(v);
      } catch (InvalidInputException e) {
        problems.addAll(e.violations());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    List<IssuedDevice> issued = new ArrayList<>();
    for (ValidDevice v : valid) {
      issued.add(store(v, actor, actor));
    }
    directory.changed();
    return issued;
  }

  @Override
  @Transactional
  public List<IssuedDevice> reissueTokens(Collection<Long> deviceIds, String actor) {
    List<IssuedDevice> issued = new ArrayList<>();
    for (long id : deviceIds) {
      var row = repository.find(id, DataScope.district());
      if (row.isEmpty()) {
        continue;
      }
      String token = tokens.issue();
      repository.setToken(id, OpaqueTokens.hash(token), actor, clock.instant());
      issued.add(new IssuedDevice(id, row.get().code(), token));
    }
    audit.tokensIssued(issued.size(), actor);
    directory.changed();
    return issued;
  }

  @Override
  public long register(FloodStationDraft draft, String actor) {
    return stations.register(draft, actor);
  }

  /**
   * @param rowActor name kept on the row
   * @param auditActor named actor for the audit trail; null takes the signed-in user
   */
  private IssuedDevice insert(ValidDevice valid, String rowActor, String auditActor) {
    if (repository.codeTaken(valid.code(), null)) {
      throw new ConflictException("monitoring.device.code.taken", valid.code());
    }
    IssuedDevice issued = store(valid, rowActor, auditActor);
    directory.changed();
    return issued;
  }

  /** Stores a checked device with a new token; the caller refreshes the directory once. */
  private IssuedDevice store(ValidDevice valid, String rowActor, String auditActor) {
    String token = tokens.issue();
    long id = repository.insert(valid, OpaqueTokens.hash(token), rowActor, clock.instant());
    audit.deviceCreated(id, valid, auditActor);
    return new IssuedDevice(id, valid.code(), token);
  }

  @Transactional
  public void update(long id, int version, DeviceDraft draft, CurrentUser user) {
    DeviceRow before = get(id, user);
    rights.requireWritable(user, before.townCode());
    ValidDevice valid = validator.validate(draft);
    rights.requireWritable(user, valid.townCode());
    if (repository.codeTaken(valid.code(), id)) {
      throw new ConflictException("monitoring.device.code.taken", valid.code());
    }
    if (!repository.update(id, version, valid, user.username(), clock.instant())) {
      throw new ConflictException("monitoring.device.stale");
    }
    audit.deviceUpdated(id, before, valid);
    directory.changed();
  }

  /** Replaces the device's token; the old one stops working at once (on every node within 30 s). */
  @Transactional
  public IssuedDevice newToken(long id, CurrentUser user) {
    DeviceRow row = get(id, user);
    rights.requireWritable(user, row.townCode());
    String token = tokens.issue();
    repository.setToken(id, OpaqueTokens.hash(token), user.username(), clock.instant());
    audit.tokenIssued(id, row.code());
    directory.changed();
    return new IssuedDevice(id, row.code(), token);
  }

  @Transactional
  public void delete(long id, CurrentUser user) {
    DeviceRow row = get(id, user);
    rights.requireWritable(user, row.townCode());
    repository.delete(id);
    audit.deviceDeleted(row);
    directory.changed();
  }

  /**
   * Imports rows all-or-nothing: every row is validated (codes unique in the file and unused), and
   * nothing is stored unless all pass. Returns the problems by row index, or the issued tokens.
   */
  @Transactional
  public ImportOutcome importAll(List<DeviceDraft> drafts, CurrentUser user) {
    if (!rights.mayWrite(user)) {
      throw new AccessDeniedException("no write rights");
    }
    List<ValidDevice> valid = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < drafts.size(); i++) {
      try {
        ValidDevice v = validator.validate(drafts.get(i));
        if (!rights.writable(user, v.townCode())) {
          problems.add(
              new RowProblem(
                  i, new InvalidInputException.Violation("lon", "monitoring.device.outsideScope")));
        } else if (!codes.add(v.code().toLowerCase()) || repository.codeTaken(v.code(), null)) {
          problems.add(
              new RowProblem(
                  i,
                  new InvalidInputException.Violation(
                      "code", "monitoring.device.code.taken", v.code())));
        }
        valid.add(v);
      } catch (InvalidInputException e) {
        int row = i;
        e.violations().forEach(v -> problems.add(new RowProblem(row, v)));
      }
    }
    if (!problems.isEmpty()) {
      return new ImportOutcome(List.of(), problems);
    }
    List<IssuedDevice> issued = new ArrayList<>();
    for (ValidDevice v : valid) {
      issued.add(store(v, user.username(), null));
    }
    directory.changed();
    audit.imported(MonitoringAudit.DEVICE, issued.size());
    return new ImportOutcome(issued, List.of());
  }

  /** One problem of one imported row (index into the drafts). */
  record RowProblem(int index, InvalidInputException.Violation violation) {}

  /** What an import did: tokens of the devices created, or every problem. */
  record ImportOutcome(List<IssuedDevice> issued, List<RowProblem> problems) {}
}
