package org.shuzhi.hazard.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Grid;
import org.shuzhi.area.Town;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.enterprise.EnterpriseSummary;
import org.shuzhi.hazard.HazardAction;
import org.shuzhi.hazard.HazardAssigned;
import org.shuzhi.hazard.HazardCounts;
import org.shuzhi.hazard.HazardFigures;
import org.shuzhi.hazard.HazardGrade;
import org.shuzhi.hazard.HazardSource;
import org.shuzhi.hazard.HazardState;
import org.shuzhi.hazard.HazardStateChanged;
import org.shuzhi.hazard.HazardStatistics;
import org.shuzhi.hazard.internal.HazardViews.EvidenceView;
import org.shuzhi.hazard.internal.HazardViews.HazardDetail;
import org.shuzhi.hazard.internal.HazardViews.HazardPage;
import org.shuzhi.hazard.internal.HazardViews.HazardView;
import org.shuzhi.hazard.internal.HazardViews.Photo;
import org.shuzhi.hazard.internal.HazardViews.TransitionView;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.Role;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.shuzhi.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hazard loop: report, the workflow's transitions with their inputs, evidence, reads within the
 * data scope. A record outside the caller's scope is "not found"; an action the workflow refuses is
 * a conflict (409) with the reason; bad input is refused (400) before anything is written.
 */
@Service
class HazardService implements HazardStatistics {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final int MAX_TITLE = 200;
  static final int MAX_TEXT = 2000;

  private final HazardRepository repository;
  private final HazardWorkflow workflow;
  private final PhotoCheck photoCheck;
  private final EvidenceStore store;
  private final AreaDirectory areas;
  private final EnterpriseDirectory enterprises;
  private final HazardAudit audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  HazardService(
      HazardRepository repository,
      HazardWorkflow workflow,
      PhotoCheck photoCheck,
      EvidenceStore store,
      AreaDirectory areas,
      EnterpriseDirectory enterprises,
      HazardAudit audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.repository = repository;
    this.workflow = workflow;
    this.photoCheck = photoCheck;
    this.store = store;
    this.areas = areas;
    this.enterprises = enterprises;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZONE);
  }

  PhotoCheck photoCheck() {
    return photoCheck;
  }

  // --- reads ---

  /** A page with the exact number of matches (the API's contract). */
  @Transactional(readOnly = true)
  public HazardPage search(HazardQuery query, CurrentUser user) {
    return search(query, user, Long.MAX_VALUE);
  }

  /**
   * A page whose number of matches is counted only up to {@code countLimit}; beyond it the page
   * says "more than countLimit".
   */
  @Transactional(readOnly = true)
  public HazardPage search(HazardQuery query, CurrentUser user, long countLimit) {
    LocalDate today = today();
    var page = repository.search(query, user.scope(), today, countLimit);
    return new HazardPage(
        page.rows().stream().map(h -> view(h, today)).toList(),
        page.total(),
        page.totalIsLowerBound(),
        page.hasNext(),
        query);
  }

  @Transactional(readOnly = true)
  public void forEach(HazardQuery query, CurrentUser user, Consumer<HazardView> consumer) {
    LocalDate today = today();
    repository.forEach(query, user.scope(), today, h -> consumer.accept(view(h, today)));
  }

  /** Open hazards in the user's scope for the map, with the overdue flag as of today. */
  @Transactional(readOnly = true)
  public void forEachOpen(
      String townCode,
      HazardMapLayer.Category category,
      CurrentUser user,
      Consumer<HazardView> consumer) {
    LocalDate today = today();
    repository.forEachOpen(
        townCode, category, user.scope(), today, h -> consumer.accept(view(h, today)));
  }

  @Transactional(readOnly = true)
  public HazardDetail get(long id, CurrentUser user) {
    Acting acting = Acting.of(user);
    return detail(load(id, acting.scope(), false), acting);
  }

  @Transactional(readOnly = true)
  public Photo photo(long hazardId, long evidenceId, CurrentUser user) {
    load(hazardId, user.scope(), false);
    Evidence e =
        repository.evidence(hazardId).stream()
            .filter(x -> x.id() == evidenceId)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("evidence"));
    byte[] content = store.get(e.storageKey()).orElseThrow(() -> new NotFoundException("evidence"));
    return new Photo(content, e.contentType());
  }

  @Override
  @Transactional(readOnly = true)
  public HazardCounts countsOf(String enterpriseUscc) {
    return repository.countsOf(enterpriseUscc, today());
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, HazardFigures> figuresOf(Collection<String> enterpriseUsccs) {
    return repository.figuresOf(enterpriseUsccs, today());
  }

  /** Whether the user may report at all (the page shows the link only then). */
  boolean mayReport(CurrentUser user) {
    return workflow.mayReport(Acting.of(user).actor());
  }

  // --- writes ---

  @Transactional
  public HazardDetail report(HazardReport report, List<byte[]> photos, CurrentUser user) {
    Acting acting = Acting.of(user);
    return detail(report(report, photos, acting, clock.instant()), acting);
  }

  @Transactional
  public HazardDetail transition(
      long id, TransitionRequest request, List<byte[]> photos, CurrentUser user) {
    Acting acting = Acting.of(user);
    return detail(transition(id, request, photos, acting, clock.instant()), acting);
  }

  @Transactional
  public EvidenceView addEvidence(long hazardId, byte[] content, CurrentUser user) {
    Acting acting = Acting.of(user);
    Hazard hazard = load(hazardId, acting.scope(), true);
    Role role = acting.actor().role();
    if (role == Role.DISTRICT_LEADER || role.admin()) {
      throw new AccessDeniedException("read-only role");
    }
    if (hazard.state() == HazardState.CLOSED) {
      throw new ConflictException("hazard.evidence.closed");
    }
    PhotoType type = photoCheck.admit(content);
    long id = storeEvidence(hazardId, content, type, acting, clock.instant());
    return repository.evidence(hazardId).stream()
        .filter(e -> e.id() == id)
        .map(EvidenceView::of)
        .findFirst()
        .orElseThrow();
  }

  /** Reports a hazard as {@code acting} at {@code at} (the demo back-dates). */
  Hazard report(HazardReport report, List<byte[]> photos, Acting acting, Instant at) {
    return report(report, photos, acting, at, false);
  }

  /**
   * Reports a hazard; with {@code sourceAsGiven} the report's source is kept whatever the role
   * (inspection findings stay INSPECTION when a grid worker inspected).
   */
  Hazard report(
      HazardReport report, List<byte[]> photos, Acting acting, Instant at, boolean sourceAsGiven) {
    if (!workflow.mayReport(acting.actor())) {
      throw new AccessDeniedException("role may not report hazards");
    }
    if (report == null) {
      throw new InvalidInputException("hazard", "problem.validation.detail");
    }
    List<Violation> problems = new ArrayList<>();
    String title = text(report.title(), "title", MAX_TITLE, true, problems);
    String description = text(report.description(), "description", MAX_TEXT, false, problems);
    String address = text(report.address(), "address", MAX_TITLE, false, problems);
    Role role = acting.actor().role();
    String uscc =
        report.enterpriseUscc() == null || report.enterpriseUscc().isBlank()
            ? null
            : report.enterpriseUscc().trim().toUpperCase();
    if (role == Role.ENTERPRISE_USER) {
      // Self-check: an enterprise user reports for its own enterprise, whatever was sent.
      uscc = acting.actor().enterpriseUscc();
    }
    EnterpriseSummary enterprise = null;
    if (uscc != null) {
      enterprise = enterprises.byUscc(uscc).orElse(null);
      if (enterprise == null) {
        problems.add(new Violation("enterpriseUscc", "hazard.enterprise.unknown", uscc));
      }
    }
    Location location = locate(report, enterprise, problems);
    List<PhotoType> types = photos.stream().map(photoCheck::admit).toList();
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    requireReportableHere(acting, location);
    HazardSource source =
        sourceAsGiven && report.source() != null
            ? report.source()
            : switch (role) {
              case GRID_WORKER -> HazardSource.GRID_REPORT;
              case ENTERPRISE_USER -> HazardSource.SELF_CHECK;
              default -> report.source() == null ? HazardSource.INSPECTION : report.source();
            };
    Hazard draft =
        new Hazard(
            0,
            enterprise == null ? null : enterprise.uscc(),
            enterprise == null ? null : enterprise.name(),
            title,
            description,
            address,
            location.lon(),
            location.lat(),
            location.townCode(),
            location.gridId(),
            source,
            null,
            HazardState.REPORTED,
            null,
            null,
            false,
            acting.username(),
            at,
            null,
            acting.loader(),
            at,
            0);
    long id = repository.insert(draft);
    List<Long> evidenceIds = new ArrayList<>();
    for (int i = 0; i < photos.size(); i++) {
      evidenceIds.add(storeEvidence(id, photos.get(i), types.get(i), acting, at));
    }
    repository.insertTransition(
        new HazardTransition(
            0,
            id,
            HazardTransition.REPORT,
            null,
            HazardState.REPORTED,
            acting.username(),
            role.name(),
            at,
            description,
            null,
            null,
            null,
            evidenceIds));
    Hazard stored = repository.find(id, DataScope.district()).orElseThrow();
    audit.reported(stored, acting);
    events.publishEvent(new HazardStateChanged(id, stored.enterpriseUscc(), stored.state()));
    return stored;
  }

  /** Applies an action as {@code acting} at {@code at} (the demo back-dates). */
  Hazard transition(
      long id, TransitionRequest request, List<byte[]> photos, Acting acting, Instant at) {
    if (request == null || request.action() == null) {
      throw new InvalidInputException("action", "hazard.action.required");
    }
    Hazard before = load(id, acting.scope(), true);
    HazardAction action = request.action();
    var decision = workflow.decide(before.subject(), acting.actor(), action, request.grade());
    if (decision instanceof HazardWorkflow.Decision.Refused refused) {
      throw new ConflictException(refused.reasonKey(), localizable(refused.arguments().toArray()));
    }
    HazardState next = ((HazardWorkflow.Decision.Allowed) decision).next();
    LocalDate today = LocalDate.ofInstant(at, ZONE);
    List<PhotoType> types = validate(before, request, photos, today);
    List<Long> newEvidence = new ArrayList<>();
    for (int i = 0; i < photos.size(); i++) {
      newEvidence.add(storeEvidence(id, photos.get(i), types.get(i), acting, at));
    }
    TransitionRequest effective = request.withEvidence(newEvidence);
    Hazard after = apply(before, effective, next, at);
    repository.update(after, at);
    repository.insertTransition(
        new HazardTransition(
            0,
            id,
            action.name(),
            before.state(),
            next,
            acting.username(),
            acting.actor().role().name(),
            at,
            effective.comment(),
            action == HazardAction.GRADE ? effective.grade() : null,
            action == HazardAction.ASSIGN ? effective.responsibleUnit() : null,
            action == HazardAction.ASSIGN ? effective.deadline() : null,
            effective.evidenceIds()));
    Hazard stored = repository.find(id, DataScope.district()).orElseThrow();
    audit.transitioned(before, stored, action.name(), acting);
    events.publishEvent(new HazardStateChanged(id, stored.enterpriseUscc(), stored.state()));
    if (action == HazardAction.ASSIGN) {
      events.publishEvent(
          new HazardAssigned(
              id,
              stored.townCode(),
              stored.enterpriseUscc(),
              stored.enterpriseName(),
              stored.title(),
              stored.grade(),
              stored.responsibleUnit(),
              stored.deadline(),
              at));
    }
    return stored;
  }

  private List<PhotoType> validate(
      Hazard hazard, TransitionRequest request, List<byte[]> photos, LocalDate today) {
    List<Violation> problems = new ArrayList<>();
    if (request.comment() != null && request.comment().length() > MAX_TEXT) {
      problems.add(new Violation("comment", "hazard.text.tooLong", MAX_TEXT));
    }
    switch (request.action()) {
      case GRADE -> {
        if (request.grade() == null) {
          problems.add(new Violation("grade", "hazard.grade.required"));
        }
      }
      case ASSIGN -> {
        if (request.responsibleUnit() == null) {
          problems.add(new Violation("responsibleUnit", "hazard.responsibleUnit.required"));
        } else if (request.responsibleUnit().length() > MAX_TITLE) {
          problems.add(new Violation("responsibleUnit", "hazard.text.tooLong", MAX_TITLE));
        }
        if (request.deadline() == null) {
          problems.add(new Violation("deadline", "hazard.deadline.required"));
        } else if (request.deadline().isBefore(today)) {
          problems.add(new Violation("deadline", "hazard.deadline.past"));
        }
      }
      case RECTIFY -> {
        if (request.comment() == null) {
          problems.add(new Violation("comment", "hazard.rectify.textRequired"));
        }
        List<Evidence> unused =
            repository.evidence(hazard.id()).stream()
                .filter(e -> e.transitionId() == null)
                .toList();
        for (Long evidenceId : request.evidenceIds()) {
          if (unused.stream().noneMatch(e -> e.id() == evidenceId)) {
            problems.add(new Violation("evidenceIds", "hazard.evidence.unknown", evidenceId));
          }
        }
        if (request.evidenceIds().isEmpty() && photos.isEmpty()) {
          problems.add(new Violation("evidenceIds", "hazard.rectify.photoRequired"));
        }
      }
      case REINSPECT_FAIL -> {
        if (request.comment() == null) {
          problems.add(new Violation("comment", "hazard.reinspect.reasonRequired"));
        }
      }
      default -> {}
    }
    List<PhotoType> types = new ArrayList<>();
    for (byte[] photo : photos) {
      try {
        types.add(photoCheck.admit(photo));
      } catch (InvalidInputException e) {
        problems.addAll(e.violations());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return types;
  }

  private static Hazard apply(Hazard h, TransitionRequest r, HazardState next, Instant at) {
    HazardGrade grade = r.action() == HazardAction.GRADE ? r.grade() : h.grade();
    String unit = r.action() == HazardAction.ASSIGN ? r.responsibleUnit() : h.responsibleUnit();
    LocalDate deadline = r.action() == HazardAction.ASSIGN ? r.deadline() : h.deadline();
    boolean supervised = h.supervised() || r.action() == HazardAction.SUPERVISE;
    Instant closedAt = next == HazardState.CLOSED ? at : h.closedAt();
    return new Hazard(
        h.id(),
        h.enterpriseUscc(),
        h.enterpriseName(),
        h.title(),
        h.description(),
        h.address(),
        h.lon(),
        h.lat(),
        h.townCode(),
        h.gridId(),
        h.source(),
        grade,
        next,
        unit,
        deadline,
        supervised,
        h.foundBy(),
        h.foundAt(),
        closedAt,
        h.synthetic(),
        at,
        h.version() + 1);
  }

  private long storeEvidence(
      long hazardId, byte[] content, PhotoType type, Acting acting, Instant at) {
    String key = store.put(content, type);
    long id =
        repository.insertEvidence(
            new Evidence(
                0,
                hazardId,
                key,
                type.contentType(),
                content.length,
                sha256(content),
                acting.username(),
                at,
                null));
    audit.evidenceAdded(hazardId, id, acting);
    return id;
  }

  /** Where a hazard lies, and its town and grid. */
  private record Location(Double lon, Double lat, String townCode, Long gridId) {}

  private Location locate(
      HazardReport report, EnterpriseSummary enterprise, List<Violation> problems) {
    Double lon = report.lon();
    Double lat = report.lat();
    if ((lon == null) != (lat == null)) {
      problems.add(new Violation(lon == null ? "lon" : "lat", "hazard.location.incomplete"));
      return new Location(null, null, null, null);
    }
    if (lon == null && enterprise != null) {
      lon = enterprise.lon();
      lat = enterprise.lat();
      if (lon == null) {
        return new Location(null, null, enterprise.townCode(), null);
      }
    }
    if (lon == null) {
      if (enterprise == null
          && (report.enterpriseUscc() == null || report.enterpriseUscc().isBlank())) {
        problems.add(new Violation("lon", "hazard.location.required"));
      }
      return new Location(null, null, null, null);
    }
    if (!Double.isFinite(lon) || !Double.isFinite(lat) || !areas.insideDistrict(lon, lat)) {
      problems.add(new Violation("lon", "hazard.location.outsideDistrict"));
      return new Location(null, null, null, null);
    }
    Optional<Town> town = areas.townAt(lon, lat);
    String townCode =
        town.map(Town::code).orElse(enterprise == null ? null : enterprise.townCode());
    if (townCode == null) {
      problems.add(new Violation("lon", "hazard.location.outsideDistrict"));
    }
    Long gridId = areas.gridAt(lon, lat).map(Grid::id).orElse(null);
    return new Location(lon, lat, townCode, gridId);
  }

  private static void requireReportableHere(Acting acting, Location location) {
    var actor = acting.actor();
    boolean here =
        switch (actor.role()) {
          case GRID_WORKER ->
              location.gridId() != null && actor.gridIds().contains(location.gridId());
          case TOWN_STAFF -> actor.townCodes().contains(location.townCode());
          default -> true;
        };
    if (!here) {
      throw new InvalidInputException("lon", "hazard.location.outsideScope");
    }
  }

  private Hazard load(long id, DataScope scope, boolean lock) {
    return repository.find(id, scope, lock).orElseThrow(() -> new NotFoundException("hazard"));
  }

  private HazardDetail detail(Hazard hazard, Acting acting) {
    return new HazardDetail(
        view(hazard, today()),
        repository.transitions(hazard.id()).stream().map(TransitionView::of).toList(),
        repository.evidence(hazard.id()).stream().map(EvidenceView::of).toList(),
        workflow.allowedActions(hazard.subject(), acting.actor()));
  }

  HazardView view(Hazard h, LocalDate today) {
    String townName = areas.town(h.townCode()).map(Town::name).orElse(h.townCode());
    return new HazardView(
        h.id(),
        h.enterpriseUscc(),
        h.enterpriseName(),
        h.title(),
        h.description(),
        h.address(),
        h.lon(),
        h.lat(),
        h.townCode(),
        townName,
        h.gridId(),
        h.source(),
        h.grade(),
        h.state(),
        h.responsibleUnit(),
        h.deadline(),
        h.supervised(),
        h.overdue(today),
        h.daysOverdue(today),
        h.foundBy(),
        h.foundAt(),
        h.closedAt(),
        h.synthetic());
  }

  /**
   * Enum arguments become their labels in the user's language (hazard.state.X, hazard.action.X).
   */
  private static Object[] localizable(Object[] arguments) {
    Object[] out = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      Object a = arguments[i];
      if (a instanceof HazardState s) {
        out[i] = new DefaultMessageSourceResolvable(new String[] {"hazard.state." + s}, s.name());
      } else if (a instanceof HazardAction act) {
        out[i] =
            new DefaultMessageSourceResolvable(new String[] {"hazard.action." + act}, act.name());
      } else {
        out[i] = a;
      }
    }
    return out;
  }

  private static String text(
      String value, String field, int max, boolean required, List<Violation> problems) {
    String v = value == null || value.isBlank() ? null : value.trim();
    if (v == null && required) {
      problems.add(new Violation(field, "hazard." + field + ".required"));
    } else if (v != null && v.length() > max) {
      problems.add(new Violation(field, "hazard.text.tooLong", max));
    }
    return v;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
