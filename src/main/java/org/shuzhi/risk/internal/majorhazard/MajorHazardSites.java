package org.shuzhi.risk.internal.majorhazard;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.enterprise.EnterpriseSummary;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.Role;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.shuzhi.platform.NotFoundException;
import org.shuzhi.risk.EnterpriseRiskChanged;
import org.shuzhi.risk.MajorHazardLevel;
import org.shuzhi.risk.MajorHazardRegistry;
import org.shuzhi.risk.MajorHazardSiteDraft;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Major hazard sites: who may read (data scope by the enterprise's town or the enterprise itself)
 * and write (emergency-department staff district-wide, town staff in their towns), validation,
 * grading by {@link MajorHazardCalculator}, and an audit row for every change.
 */
@Service
class MajorHazardSites implements MajorHazardRegistry {

  /** Department whose staff maintain major hazard sites (应急管理局). */
  static final String EMERGENCY = "EMERGENCY";

  private static final Logger log = LoggerFactory.getLogger(MajorHazardSites.class);

  /** A site with its enterprise and its calculation, for the detail page and API. */
  record Detail(MajorHazardSite site, EnterpriseSummary enterprise, Evaluation evaluation) {}

  private final MajorHazardSiteRepository repository;
  private final ChemicalCatalogue catalogue;
  private final EnterpriseDirectory enterprises;
  private final MajorHazardAudit audit;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final CatalogueLock lock;
  private final MajorHazardCalculator calculator = new MajorHazardCalculator();

  MajorHazardSites(
      MajorHazardSiteRepository repository,
      ChemicalCatalogue catalogue,
      EnterpriseDirectory enterprises,
      MajorHazardAudit audit,
      Clock clock,
      ApplicationEventPublisher events,
      CatalogueLock lock) {
    this.lock = lock;
    this.repository = repository;
    this.catalogue = catalogue;
    this.enterprises = enterprises;
    this.audit = audit;
    this.clock = clock;
    this.events = events;
  }

  /** The stateless what-if calculation with the active catalogue. */
  @Transactional(readOnly = true)
  public Evaluation evaluate(List<MajorHazardSiteDraft.Unit> units, Integer population) {
    return calculator.evaluate(units, population, catalogue.reference());
  }

  /**
   * Entries of the active catalogue keyed by a code instead of a CAS number (煤气 …), offered on the
   * site form, by name.
   */
  @Transactional(readOnly = true)
  public List<ChemicalEntry> catalogueCodes() {
    return catalogue.reference().chemicals().values().stream()
        .filter(ChemicalEntry::keyIsCode)
        .sorted(Comparator.comparing(ChemicalEntry::key))
        .toList();
  }

  @Transactional(readOnly = true)
  public MajorHazardSiteRepository.Page search(
      MajorHazardSiteRepository.Query query, CurrentUser user) {
    return repository.search(query, user.scope());
  }

  @Transactional(readOnly = true)
  public void forEach(
      String townCode, MajorHazardLevel level, CurrentUser user, Consumer<MajorHazardSite> c) {
    repository.forEach(townCode, level, user.scope(), c);
  }

  @Transactional(readOnly = true)
  public Detail get(long id, CurrentUser user) {
    MajorHazardSite site = load(id, user);
    // Recomputed with today's catalogue, so the page always explains the current grade.
    Evaluation evaluation =
        calculator.evaluate(site.units(), site.exposedPopulation(), catalogue.reference());
    return new Detail(site, enterprises.byUscc(site.uscc()).orElse(null), evaluation);
  }

  @Transactional
  public long create(MajorHazardSiteDraft draft, CurrentUser user) {
    requireWriter(user);
    lock.shared();
    Valid valid = validOrThrow(draft, catalogue.reference());
    requireWritable(user, valid.enterprise().townCode());
    long id =
        repository.insert(
            draft,
            valid.enterprise().townCode(),
            valid.evaluation(),
            false,
            user.username(),
            clock.instant());
    audit.siteCreated(id, state(draft, valid.evaluation()));
    events.publishEvent(new EnterpriseRiskChanged(valid.enterprise().uscc()));
    return id;
  }

  @Transactional
  public void update(long id, int version, MajorHazardSiteDraft draft, CurrentUser user) {
    lock.shared();
    MajorHazardSite before = load(id, user);
    requireWriter(user);
    requireWritable(user, before.townCode());
    ReferenceData reference = catalogue.reference();
    Valid valid = validOrThrow(draft, reference);
    requireWritable(user, valid.enterprise().townCode());
    Evaluation beforeEvaluation = regradeQuietly(before, reference);
    if (!repository.update(
        id,
        version,
        draft,
        valid.enterprise().townCode(),
        valid.evaluation(),
        user.username(),
        clock.instant())) {
      throw new ConflictException("risk.mh.changedMeanwhile");
    }
    audit.siteUpdated(
        id, state(before.draft(), beforeEvaluation), state(draft, valid.evaluation()));
    // Moving a site to another enterprise changes the risk of both: the one it left and the one
    // it joined (compared as stored, i.e. as the registry spells the USCC, not as typed).
    events.publishEvent(new EnterpriseRiskChanged(before.uscc()));
    if (!before.uscc().equals(valid.enterprise().uscc())) {
      events.publishEvent(new EnterpriseRiskChanged(valid.enterprise().uscc()));
    }
  }

  @Transactional
  public void delete(long id, CurrentUser user) {
    lock.shared();
    MajorHazardSite before = load(id, user);
    requireWriter(user);
    requireWritable(user, before.townCode());
    repository.delete(id);
    audit.siteDeleted(id, state(before.draft(), regradeQuietly(before, catalogue.reference())));
    events.publishEvent(new EnterpriseRiskChanged(before.uscc()));
  }

  /** Emergency-department staff (district-wide) and town staff (their towns) maintain sites. */
  boolean mayWrite(CurrentUser user) {
    return (user.role() == Role.DEPARTMENT_STAFF && EMERGENCY.equals(user.department()))
        || user.role() == Role.TOWN_STAFF;
  }

  boolean writable(CurrentUser user, String townCode) {
    return (user.role() == Role.DEPARTMENT_STAFF && EMERGENCY.equals(user.department()))
        || (user.role() == Role.TOWN_STAFF && user.scope().coversTown(townCode));
  }

  @Override
  @Transactional
  public List<Long> register(List<MajorHazardSiteDraft> drafts, String actor, boolean synthetic) {
    lock.shared();
    ReferenceData reference = catalogue.reference();
    List<Valid> valid = new ArrayList<>();
    for (MajorHazardSiteDraft draft : drafts) {
      valid.add(validOrThrow(draft, reference));
    }
    Instant now = clock.instant();
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      Valid v = valid.get(i);
      ids.add(
          repository.insert(
              drafts.get(i), v.enterprise().townCode(), v.evaluation(), synthetic, actor, now));
    }
    audit.sitesRegistered(ids, actor);
    return ids;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<MajorHazardLevel> highestLevel(String uscc) {
    return repository.highestLevel(uscc);
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, MajorHazardLevel> highestLevels(Collection<String> usccs) {
    return repository.highestLevels(usccs);
  }

  private Evaluation regradeQuietly(MajorHazardSite site, ReferenceData reference) {
    try {
      return calculator.evaluate(site.units(), site.exposedPopulation(), reference);
    } catch (InvalidInputException e) {
      // Catalogue changes keep every site gradable (SiteRegrader), so this means a bug: the audit
      // row then carries the entered data without a grade.
      log.warn(
          "Site {} cannot be graded with the current catalogue: {}", site.id(), e.getMessage());
      return null;
    }
  }

  private record Valid(EnterpriseSummary enterprise, Evaluation evaluation) {}

  private Valid validOrThrow(MajorHazardSiteDraft draft, ReferenceData reference) {
    if (draft == null) {
      throw new InvalidInputException("site", "problem.validation.detail");
    }
    List<Violation> problems = new ArrayList<>();
    EnterpriseSummary enterprise = null;
    if (draft.uscc() == null || draft.uscc().isBlank()) {
      problems.add(new Violation("uscc", "risk.mh.error.usccRequired"));
    } else {
      enterprise = enterprises.byUscc(draft.uscc().strip()).orElse(null);
      if (enterprise == null) {
        problems.add(
            new Violation("uscc", "risk.mh.error.enterpriseUnknown", draft.uscc().strip()));
      }
    }
    if (draft.name() == null || draft.name().isBlank()) {
      problems.add(new Violation("name", "risk.mh.error.siteNameRequired"));
    } else if (draft.name().strip().length() > 200) {
      problems.add(new Violation("name", "risk.mh.error.nameTooLong", 200));
    }
    Evaluation evaluation = null;
    try {
      evaluation = calculator.evaluate(draft.units(), draft.exposedPopulation(), reference);
    } catch (InvalidInputException e) {
      problems.addAll(e.violations());
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Valid(enterprise, evaluation);
  }

  private void requireWriter(CurrentUser user) {
    if (!mayWrite(user)) {
      throw new AccessDeniedException("major hazard sites are read-only for this role");
    }
  }

  private void requireWritable(CurrentUser user, String townCode) {
    if (!writable(user, townCode)) {
      throw new AccessDeniedException("major hazard site write outside scope");
    }
  }

  private MajorHazardSite load(long id, CurrentUser user) {
    return repository
        .find(id, user.scope())
        .orElseThrow(() -> new NotFoundException("major hazard site"));
  }

  /** Audit state: what was entered and what it graded to. */
  private static Map<String, Object> state(MajorHazardSiteDraft d, Evaluation e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("uscc", d.uscc());
    m.put("name", d.name());
    m.put("exposedPopulation", d.exposedPopulation());
    List<Map<String, Object>> units = new ArrayList<>();
    for (int i = 0; i < d.units().size(); i++) {
      MajorHazardSiteDraft.Unit u = d.units().get(i);
      Map<String, Object> unit = new LinkedHashMap<>();
      unit.put("name", u.name());
      unit.put("kind", u.kind());
      unit.put("substances", u.substances());
      if (e != null) {
        unit.put("s", e.units().get(i).s());
        unit.put("r", e.units().get(i).r());
        unit.put("level", e.units().get(i).level());
      }
      units.add(unit);
    }
    m.put("units", units);
    m.put("level", e == null ? null : e.highestLevel());
    return m;
  }
}
