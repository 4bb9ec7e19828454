package org.shuzhi.risk.internal.points;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Grid;
import org.shuzhi.area.Town;
import org.shuzhi.core.PhoneNumber;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.enterprise.EnterpriseSummary;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.DataScope;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.shuzhi.platform.NotFoundException;
import org.shuzhi.risk.EnterpriseRiskChanged;
import org.shuzhi.risk.RiskObjectDraft;
import org.shuzhi.risk.RiskObjectQuery;
import org.shuzhi.risk.RiskObjectView;
import org.shuzhi.risk.RiskPersonView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The census rules: read within the data scope (as the enterprise registry), write for emergency
 * staff district-wide and town staff in their towns, validation, masking, an audit row per change,
 * and an {@link EnterpriseRiskChanged} for every enterprise whose risk a change moved.
 */
@Service
class RiskObjectService {

  private final RiskObjectRepository repository;
  private final RiskObjectValidator validator;
  private final RiskRights rights;
  private final RiskAudit audit;
  private final AreaDirectory areas;
  private final EnterpriseDirectory enterprises;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  RiskObjectService(
      RiskObjectRepository repository,
      RiskObjectValidator validator,
      RiskRights rights,
      RiskAudit audit,
      AreaDirectory areas,
      EnterpriseDirectory enterprises,
      ApplicationEventPublisher events,
      Clock clock) {
    this.repository = repository;
    this.validator = validator;
    this.rights = rights;
    this.audit = audit;
    this.areas = areas;
    this.enterprises = enterprises;
    this.events = events;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public RiskObjectPage search(RiskObjectQuery query, CurrentUser user) {
    var page = repository.search(query, user.scope());
    return new RiskObjectPage(page.rows().stream().map(this::view).toList(), page.total(), query);
  }

  @Transactional(readOnly = true)
  public void forEach(RiskObjectQuery query, CurrentUser user, Consumer<RiskObjectRow> consumer) {
    repository.forEach(query, user.scope(), consumer);
  }

  @Transactional(readOnly = true)
  public RiskObjectView get(long id, CurrentUser user) {
    return view(load(id, user));
  }

  /** The stored row, if the user may see it; else not found (no probing of other towns' ids). */
  RiskObjectRow load(long id, CurrentUser user) {
    return repository
        .find(id, user.scope())
        .orElseThrow(() -> new NotFoundException("risk object"));
  }

  @Transactional
  public RiskObjectView create(RiskObjectDraft draft, CurrentUser user) {
    if (!rights.mayWrite(user)) {
      throw new AccessDeniedException("read-only role");
    }
    RiskObjectRow valid = validOrThrow(draft);
    rights.requireWritable(user, valid.townCode());
    long id = repository.insert(valid, user.username());
    RiskObjectRow stored = repository.find(id, DataScope.district()).orElseThrow();
    audit.created(stored, null);
    return view(stored);
  }

  @Transactional
  public RiskObjectView update(long id, int version, RiskObjectDraft draft, CurrentUser user) {
    RiskObjectRow before = load(id, user);
    rights.requireWritable(user, before.townCode());
    RiskObjectRow valid = validOrThrow(draft);
    rights.requireWritable(user, valid.townCode());
    valid = keepUnchangedPhones(valid, before);
    if (!repository.update(id, version, valid, user.username())) {
      throw new ConflictException("risk.points.object.changedMeanwhile");
    }
    RiskObjectRow after = repository.find(id, DataScope.district()).orElseThrow();
    audit.updated(before, after);
    events.publishEvent(new RiskColoursChanged(before.townCode()));
    if (!Objects.equals(before.enterpriseUscc(), after.enterpriseUscc())) {
      // The object's colour moved with it: the enterprise it left and the one it joined both
      // carry a different risk now (safety code, supervision tier).
      riskChanged(before.enterpriseUscc());
      riskChanged(after.enterpriseUscc());
    }
    return view(after);
  }

  /**
   * Retires the object (注销) with a reason: it leaves lists, maps and its enterprise's figures, its
   * risk points and assessments stay as history. Audited; the enterprise's risk is recomputed.
   */
  @Transactional
  public void retire(long id, int version, String reason, CurrentUser user) {
    RiskObjectRow before = load(id, user);
    rights.requireWritable(user, before.townCode());
    String why = RiskObjectValidator.trim(reason);
    if (why == null) {
      throw new InvalidInputException("reason", "risk.points.object.retire.reasonRequired");
    }
    if (why.length() > RiskPointService.MAX_TEXT) {
      throw new InvalidInputException(
          "reason", "risk.points.text.tooLong", RiskPointService.MAX_TEXT);
    }
    if (!repository.retire(id, version, why, user.username(), clock.instant())) {
      throw new ConflictException("risk.points.object.changedMeanwhile");
    }
    audit.retired(before, why);
    events.publishEvent(new RiskColoursChanged(before.townCode()));
    riskChanged(before.enterpriseUscc());
  }

  private void riskChanged(String uscc) {
    if (uscc != null) {
      events.publishEvent(new EnterpriseRiskChanged(uscc));
    }
  }

  /** Trusted registration (demo loader): validated, audited under {@code actor}, no scope. */
  @Transactional
  public long register(RiskObjectDraft draft, String actor) {
    long id = repository.insert(validOrThrow(draft), actor);
    audit.created(repository.find(id, DataScope.district()).orElseThrow(), actor);
    return id;
  }

  /** Validates all rows and stores them all, or none: returns the violations per row index. */
  @Transactional
  public List<RowProblems> importAll(List<RiskObjectSheet.Parsed> rows, CurrentUser user) {
    if (!rights.mayWrite(user)) {
      throw new AccessDeniedException("read-only role");
    }
    List<RowProblems> problems = new ArrayList<>();
    List<RiskObjectRow> valid = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      List<Violation> rowProblems = new ArrayList<>(rows.get(i).problems());
      var result = validator.validate(rows.get(i).draft());
      rowProblems.addAll(result.violations());
      if (result.valid()) {
        RiskObjectRow r = result.row();
        if (!rights.writable(user, r.townCode())) {
          rowProblems.add(new Violation("lon", "risk.points.object.town.outOfScope", r.townCode()));
        }
        String key = r.name() + "|" + r.kind() + "|" + r.enterpriseUscc() + "|" + r.lon();
        if (!seen.add(key)) {
          rowProblems.add(new Violation("name", "risk.points.import.duplicateInFile", r.name()));
        }
        valid.add(r);
      }
      if (!rowProblems.isEmpty()) {
        problems.add(new RowProblems(i, rowProblems));
      }
    }
    if (problems.isEmpty()) {
      for (RiskObjectRow r : valid) {
        repository.insert(r, user.username());
      }
      audit.imported(valid.size());
    }
    return problems;
  }

  /** The problems of one data row (0-based index among the data rows). */
  record RowProblems(int index, List<Violation> violations) {}

  public boolean mayWrite(CurrentUser user) {
    return rights.mayWrite(user);
  }

  public boolean writable(CurrentUser user, RiskObjectView view) {
    return rights.writable(user, view.townCode());
  }

  private RiskObjectRow validOrThrow(RiskObjectDraft draft) {
    if (draft == null) {
      throw new InvalidInputException(null, "problem.validation.detail");
    }
    var result = validator.validate(draft);
    if (!result.valid()) {
      throw new InvalidInputException(result.violations());
    }
    return result.row();
  }

  /**
   * Phones are never sent back in plaintext, so an edit that keeps a person's name and leaves the
   * phone blank keeps the stored phone.
   */
  private static RiskObjectRow keepUnchangedPhones(RiskObjectRow valid, RiskObjectRow before) {
    List<RiskObjectRow.Person> persons = new ArrayList<>();
    for (RiskObjectRow.Person p : valid.persons()) {
      String phone = p.phone();
      if (phone == null) {
        phone =
            before.persons().stream()
                .filter(b -> b.name().equals(p.name()))
                .map(RiskObjectRow.Person::phone)
                .findFirst()
                .orElse(null);
      }
      persons.add(new RiskObjectRow.Person(p.name(), phone));
    }
    return valid.withPersons(persons);
  }

  RiskObjectView view(RiskObjectRow r) {
    String townName = areas.town(r.townCode()).map(Town::name).orElse(r.townCode());
    String gridName =
        r.gridId() == null ? null : areas.grid(r.gridId()).map(Grid::name).orElse(null);
    String enterpriseName =
        r.enterpriseUscc() == null
            ? null
            : enterprises.byUscc(r.enterpriseUscc()).map(EnterpriseSummary::name).orElse(null);
    List<RiskPersonView> persons =
        r.persons().stream()
            .map(
                p ->
                    new RiskPersonView(
                        p.name(), p.phone() == null ? null : PhoneNumber.mask(p.phone())))
            .toList();
    return new RiskObjectView(
        r.id(),
        r.name(),
        r.kind(),
        r.enterpriseUscc(),
        enterpriseName,
        r.address(),
        r.lon(),
        r.lat(),
        r.ownLocation(),
        r.townCode(),
        townName,
        r.gridId(),
        gridName,
        r.colour(),
        persons,
        r.synthetic(),
        r.updatedAt(),
        r.updatedBy(),
        r.version());
  }
}
