package org.shuzhi.risk.internal.points;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.DataScope;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.shuzhi.platform.NotFoundException;
import org.shuzhi.risk.EnterpriseRiskChanged;
import org.shuzhi.risk.RiskPointAssessmentDraft;
import org.shuzhi.risk.RiskPointAssessmentView;
import org.shuzhi.risk.RiskPointDraft;
import org.shuzhi.risk.RiskPointView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Risk points of a risk object and their assessments. An assessment is appended (never changed);
 * the point's colour becomes the latest assessment's and the object's the highest of its points'.
 */
@Service
class RiskPointService {

  static final int MAX_NAME = 200;
  static final int MAX_TEXT = 2000;

  private final RiskPointRepository points;
  private final RiskObjectRepository objects;
  private final RiskObjectService objectService;
  private final RiskScoring scoring;
  private final RiskRights rights;
  private final RiskAudit audit;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  RiskPointService(
      RiskPointRepository points,
      RiskObjectRepository objects,
      RiskObjectService objectService,
      RiskScoring scoring,
      RiskRights rights,
      RiskAudit audit,
      Clock clock,
      ApplicationEventPublisher events) {
    this.points = points;
    this.objects = objects;
    this.objectService = objectService;
    this.scoring = scoring;
    this.rights = rights;
    this.audit = audit;
    this.clock = clock;
    this.events = events;
  }

  /** The points of a visible risk object, each with its history (newest first). */
  @Transactional(readOnly = true)
  public List<RiskPointView> ofObject(long objectId, CurrentUser user) {
    objectService.load(objectId, user);
    List<RiskPointRepository.PointRow> rows = points.ofObject(objectId);
    Map<Long, List<RiskPointAssessmentView>> history =
        points.history(rows.stream().map(RiskPointRepository.PointRow::id).toList());
    return rows.stream().map(r -> view(r, history.getOrDefault(r.id(), List.of()))).toList();
  }

  @Transactional(readOnly = true)
  public RiskPointView get(long pointId, CurrentUser user) {
    var row = load(pointId, user.scope());
    return view(row, points.history(List.of(pointId)).getOrDefault(pointId, List.of()));
  }

  @Transactional
  public RiskPointView add(long objectId, RiskPointDraft draft, CurrentUser user) {
    RiskObjectRow object = objectService.load(objectId, user);
    rights.requireWritable(user, object.townCode());
    long id = insert(objectId, draft, object.synthetic(), user.username(), null);
    return get(id, user);
  }

  @Transactional
  public RiskPointAssessmentView assess(
      long pointId, RiskPointAssessmentDraft draft, CurrentUser user) {
    var point = load(pointId, user.scope());
    RiskObjectRow object = objects.find(point.riskObjectId(), DataScope.district()).orElseThrow();
    rights.requireWritable(user, object.townCode());
    RiskPointAssessmentView assessed = append(point, draft, user.username(), null);
    events.publishEvent(new RiskColoursChanged(object.townCode()));
    if (object.enterpriseUscc() != null) {
      events.publishEvent(new EnterpriseRiskChanged(object.enterpriseUscc()));
    }
    return assessed;
  }

  /** Trusted (demo loader): no scope, audited under {@code actor}. */
  @Transactional
  public long addTrusted(long objectId, RiskPointDraft draft, String actor) {
    RiskObjectRow object =
        objects
            .find(objectId, DataScope.district())
            .orElseThrow(() -> new NotFoundException("risk object"));
    return insert(objectId, draft, object.synthetic(), actor, actor);
  }

  @Transactional
  public RiskPointAssessmentView assessTrusted(
      long pointId, RiskPointAssessmentDraft draft, String actor) {
    return append(load(pointId, DataScope.district()), draft, actor, actor);
  }

  private long insert(
      long objectId, RiskPointDraft draft, boolean synthetic, String username, String auditActor) {
    validate(draft);
    long id = points.insert(objectId, draft, synthetic, username);
    audit.pointAdded(id, objectId, draft, auditActor);
    return id;
  }

  private RiskPointAssessmentView append(
      RiskPointRepository.PointRow point,
      RiskPointAssessmentDraft draft,
      String username,
      String auditActor) {
    RiskScoring.Scored scored = scoring.score(draft);
    String comment = RiskObjectValidator.trim(draft.comment());
    if (comment != null && comment.length() > MAX_TEXT) {
      throw new InvalidInputException("comment", "risk.points.text.tooLong", MAX_TEXT);
    }
    // One assessment of an object at a time, so its colour is computed from a settled state.
    objects.lock(point.riskObjectId());
    long id =
        points.insertAssessment(
            point.id(),
            new RiskPointRepository.NewAssessment(
                scored.method(),
                scored.l(),
                scored.e(),
                scored.c(),
                scored.s(),
                scored.value(),
                scored.colour(),
                scored.bandVersion(),
                username,
                clock.instant(),
                comment));
    objects.refreshColour(point.riskObjectId());
    RiskPointAssessmentView stored = points.assessment(id).orElseThrow();
    audit.assessed(point.id(), stored, auditActor);
    return stored;
  }

  private RiskPointRepository.PointRow load(long pointId, DataScope scope) {
    return points.find(pointId, scope).orElseThrow(() -> new NotFoundException("risk point"));
  }

  private static void validate(RiskPointDraft d) {
    List<Violation> v = new ArrayList<>();
    if (d == null) {
      throw new InvalidInputException(null, "problem.validation.detail");
    }
    String name = RiskObjectValidator.trim(d.name());
    if (name == null) {
      v.add(new Violation("name", "risk.points.point.name.required"));
    } else if (name.length() > MAX_NAME) {
      v.add(new Violation("name", "risk.points.object.name.tooLong", MAX_NAME));
    }
    if (d.controlLevel() == null) {
      v.add(new Violation("controlLevel", "risk.points.point.controlLevel.required"));
    }
    String hazard = RiskObjectValidator.trim(d.hazardDescription());
    if (hazard != null && hazard.length() > MAX_TEXT) {
      v.add(new Violation("hazardDescription", "risk.points.text.tooLong", MAX_TEXT));
    }
    String person = RiskObjectValidator.trim(d.responsiblePerson());
    if (person != null && person.length() > MAX_NAME) {
      v.add(new Violation("responsiblePerson", "risk.points.object.name.tooLong", MAX_NAME));
    }
    if (!v.isEmpty()) {
      throw new InvalidInputException(v);
    }
  }

  private static RiskPointView view(
      RiskPointRepository.PointRow r, List<RiskPointAssessmentView> history) {
    return new RiskPointView(
        r.id(),
        r.riskObjectId(),
        r.name(),
        r.hazardDescription(),
        r.controlLevel(),
        r.responsiblePerson(),
        r.colour(),
        history);
  }
}
