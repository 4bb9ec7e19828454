package org.shuzhi.command.internal.plans;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuzhi.command.EmergencyPlan;
import org.shuzhi.command.EmergencyPlans;
import org.shuzhi.command.IncidentFacts;
import org.shuzhi.command.IncidentType;
import org.shuzhi.command.LevelDecision;
import org.shuzhi.command.PlanDraft;
import org.shuzhi.command.internal.CommandHistory;
import org.shuzhi.command.internal.CommandRights;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.shuzhi.platform.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Emergency plans: one per incident type, validated when saved ({@link PlanValidator}), written by
 * emergency staff, read by every command reader, with history and audit; and the level decision.
 */
@Service
public class PlanService implements EmergencyPlans {

  static final String TYPE = "command_plan";

  private final PlanRepository repository;
  private final CommandRights rights;
  private final CommandHistory history;

  PlanService(PlanRepository repository, CommandRights rights, CommandHistory history) {
    this.repository = repository;
    this.rights = rights;
    this.history = history;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<EmergencyPlan> forType(IncidentType type) {
    return type == null ? Optional.empty() : repository.forType(type);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<LevelDecision> decide(IncidentFacts facts) {
    if (facts == null || facts.type() == null) {
      throw new InvalidInputException("type", "command.field.required");
    }
    return repository.forType(facts.type()).flatMap(plan -> LevelSelector.decide(plan, facts));
  }

  @Transactional(readOnly = true)
  List<EmergencyPlan> all(CurrentUser user) {
    rights.requireRead(user);
    return repository.all();
  }

  @Transactional(readOnly = true)
  EmergencyPlan get(long id, CurrentUser user) {
    rights.requireRead(user);
    return repository.find(id).orElseThrow(() -> new NotFoundException("plan"));
  }

  @Transactional(readOnly = true)
  List<CommandHistory.Change> history(long id, CurrentUser user) {
    get(id, user);
    return history.of(TYPE, id);
  }

  boolean mayWrite(CurrentUser user) {
    return rights.mayWritePlans(user);
  }

  @Transactional
  EmergencyPlan create(PlanDraft draft, CurrentUser user) {
    requireWrite(user);
    long id = insert(draft, user.username(), false);
    return repository.find(id).orElseThrow();
  }

  /** Trusted registration (demo loader). */
  @Transactional
  public long register(PlanDraft draft, String actor) {
    return insert(draft, actor, true);
  }

  @Transactional
  EmergencyPlan update(long id, int version, PlanDraft draft, CurrentUser user) {
    requireWrite(user);
    EmergencyPlan before = repository.find(id).orElseThrow(() -> new NotFoundException("plan"));
    validOrThrow(draft);
    repository
        .forType(draft.type())
        .filter(other -> other.id() != id)
        .ifPresent(
            other -> {
              throw new ConflictException("command.plan.typeTaken", draft.type());
            });
    if (!repository.update(
        id,
        version,
        draft.type(),
        draft.name().strip(),
        new PlanBody(draft.levels()),
        user.username())) {
      throw new ConflictException("command.changedMeanwhile");
    }
    EmergencyPlan after = repository.find(id).orElseThrow();
    history.updated(TYPE, id, state(before), state(after), user.username());
    return after;
  }

  @Transactional
  void delete(long id, int version, CurrentUser user) {
    requireWrite(user);
    EmergencyPlan before = repository.find(id).orElseThrow(() -> new NotFoundException("plan"));
    if (!repository.delete(id, version)) {
      throw new ConflictException("command.changedMeanwhile");
    }
    history.deleted(TYPE, id, state(before), user.username());
  }

  String toJson(Object value) {
    return repository.toJson(value);
  }

  private long insert(PlanDraft draft, String actor, boolean trusted) {
    validOrThrow(draft);
    if (repository.forType(draft.type()).isPresent()) {
      throw new ConflictException("command.plan.typeTaken", draft.type());
    }
    long id =
        repository.insert(
            draft.type(), draft.name().strip(), new PlanBody(draft.levels()), draft.demo(), actor);
    history.created(TYPE, id, state(repository.find(id).orElseThrow()), actor, trusted);
    return id;
  }

  private void validOrThrow(PlanDraft draft) {
    List<Violation> problems = PlanValidator.validate(draft, repository::itemExists);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private void requireWrite(CurrentUser user) {
    if (!rights.mayWritePlans(user)) {
      throw new AccessDeniedException("plans are written by emergency staff");
    }
  }

  private static Map<String, Object> state(EmergencyPlan p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", p.type());
    m.put("name", p.name());
    m.put("levels", p.levels());
    return m;
  }
}
