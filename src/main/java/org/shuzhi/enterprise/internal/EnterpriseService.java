package org.shuzhi.enterprise.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Town;
import org.shuzhi.core.PhoneNumber;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.enterprise.EnterpriseDraft;
import org.shuzhi.enterprise.EnterpriseQuery;
import org.shuzhi.enterprise.EnterpriseSummary;
import org.shuzhi.enterprise.EnterpriseView;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.Role;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.shuzhi.platform.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's rules: who may read (data scope) and write (department staff district-wide, town
 * staff in their towns), validation, masking, and an audit row for every change.
 */
@Service
class EnterpriseService implements EnterpriseDirectory {

  private final EnterpriseRepository repository;
  private final EnterpriseValidator validator;
  private final AreaDirectory areas;
  private final EnterpriseAudit audit;

  EnterpriseService(
      EnterpriseRepository repository,
      EnterpriseValidator validator,
      AreaDirectory areas,
      EnterpriseAudit audit) {
    this.repository = repository;
    this.validator = validator;
    this.areas = areas;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  public EnterprisePage search(EnterpriseQuery query, CurrentUser user) {
    var page = repository.search(query, user.scope());
    return new EnterprisePage(page.rows().stream().map(this::view).toList(), page.total(), query);
  }

  @Transactional(readOnly = true)
  public void forEach(EnterpriseQuery query, CurrentUser user, Consumer<Enterprise> consumer) {
    repository.forEach(query, user.scope(), consumer);
  }

  @Transactional(readOnly = true)
  public EnterpriseView get(long id, CurrentUser user) {
    return view(load(id, user));
  }

  @Transactional
  public EnterpriseView create(EnterpriseDraft draft, CurrentUser user) {
    if (!mayWrite(user)) {
      throw new AccessDeniedException("read-only role");
    }
    if (draft == null) {
      throw new InvalidInputException("enterprise", "problem.validation.detail");
    }
    Enterprise valid = validOrThrow(draft);
    requireWritable(user, valid.townCode());
    if (repository.findByUscc(valid.uscc()).isPresent()) {
      throw new ConflictException("enterprise.uscc.exists", valid.uscc());
    }
    long id = repository.insert(valid, user.username());
    Enterprise stored = repository.find(id, DataScope.district()).orElseThrow();
    audit.created(stored);
    return view(stored);
  }

  @Transactional
  public EnterpriseView update(long id, int version, EnterpriseDraft draft, CurrentUser user) {
    Enterprise before = load(id, user);
    requireWritable(user, before.townCode());
    if (draft == null) {
      throw new InvalidInputException("enterprise", "problem.validation.detail");
    }
    Enterprise valid = validOrThrow(draft);
    if (valid.contactPhone() == null) {
      // The phone is never sent back to the browser in plaintext, so "not given" means "unchanged".
      valid = valid.withContactPhone(before.contactPhone());
    }
    requireWritable(user, valid.townCode());
    if (!valid.uscc().equals(before.uscc()) && repository.findByUscc(valid.uscc()).isPresent()) {
      throw new ConflictException("enterprise.uscc.exists", valid.uscc());
    }
    if (!repository.update(id, version, valid, user.username())) {
      throw new ConflictException("enterprise.changedMeanwhile");
    }
    Enterprise after = repository.find(id, DataScope.district()).orElseThrow();
    audit.updated(before, after);
    return view(after);
  }

  /** The plaintext phone, for holders of the permission only; every reveal is audited. */
  @Transactional
  public String revealContactPhone(long id, CurrentUser user) {
    if (!user.mayViewPlaintext()) {
      throw new AccessDeniedException("no plaintext permission");
    }
    Enterprise e = load(id, user);
    audit.phoneRevealed(e);
    return e.contactPhone();
  }

  /** Validates all rows and stores them all, or none: returns the violations per row index. */
  @Transactional
  public List<RowProblems> importAll(List<EnterpriseSheet.Parsed> rows, CurrentUser user) {
    List<RowProblems> problems = new ArrayList<>();
    List<Enterprise> valid = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      var result = validator.validate(rows.get(i).draft());
      List<Violation> rowProblems = new ArrayList<>(rows.get(i).problems());
      rowProblems.addAll(result.violations());
      if (result.valid()) {
        Enterprise e = result.enterprise();
        if (!writable(user, e.townCode())) {
          rowProblems.add(new Violation("townCode", "enterprise.town.outOfScope", e.townCode()));
        }
        if (!seen.add(e.uscc())) {
          rowProblems.add(new Violation("uscc", "enterprise.uscc.duplicateInFile", e.uscc()));
        } else if (repository.findByUscc(e.uscc()).isPresent()) {
          rowProblems.add(new Violation("uscc", "enterprise.uscc.exists", e.uscc()));
        }
        valid.add(e);
      }
      if (!rowProblems.isEmpty()) {
        problems.add(new RowProblems(i, rowProblems));
      }
    }
    if (problems.isEmpty()) {
      for (Enterprise e : valid) {
        repository.insert(e, user.username());
      }
      audit.imported(valid.size());
      if (valid.size() > 1_000) {
        repository.analyze();
      }
    }
    return problems;
  }

  /** The problems of one data row (0-based index among the data rows). */
  record RowProblems(int index, List<Violation> violations) {}

  @Override
  @Transactional(readOnly = true)
  public Optional<EnterpriseSummary> byUscc(String uscc) {
    return repository.findByUscc(uscc).map(EnterpriseService::summary);
  }

  @Override
  @Transactional(readOnly = true)
  public List<EnterpriseSummary> byUsccs(Collection<String> usccs) {
    if (usccs.isEmpty()) {
      return List.of();
    }
    return repository.findByUsccs(usccs).stream().map(EnterpriseService::summary).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public List<EnterpriseSummary> page(long afterId, int limit) {
    return repository.after(afterId, limit).stream().map(EnterpriseService::summary).toList();
  }

  @Override
  public long count() {
    return repository.count();
  }

  @Override
  @Transactional
  public void registerAll(List<EnterpriseDraft> drafts, String actor) {
    List<Enterprise> valid = new ArrayList<>();
    for (EnterpriseDraft draft : drafts) {
      valid.add(validOrThrow(draft));
    }
    valid.forEach(e -> repository.insert(e, actor));
    repository.analyze();
  }

  /** Department staff (district-wide) and town staff (their towns) maintain the registry. */
  boolean mayWrite(CurrentUser user) {
    return user.role() == Role.DEPARTMENT_STAFF || user.role() == Role.TOWN_STAFF;
  }

  boolean writable(CurrentUser user, String townCode) {
    return user.role() == Role.DEPARTMENT_STAFF
        || (user.role() == Role.TOWN_STAFF && user.scope().coversTown(townCode));
  }

  private void requireWritable(CurrentUser user, String townCode) {
    if (!writable(user, townCode)) {
      throw new AccessDeniedException("enterprise write outside scope");
    }
  }

  private Enterprise load(long id, CurrentUser user) {
    return repository.find(id, user.scope()).orElseThrow(() -> new NotFoundException("enterprise"));
  }

  private Enterprise validOrThrow(EnterpriseDraft draft) {
    var result = validator.validate(draft);
    if (!result.valid()) {
      throw new InvalidInputException(result.violations());
    }
    return result.enterprise();
  }

  EnterpriseView view(Enterprise e) {
    String townName = areas.town(e.townCode()).map(Town::name).orElse(e.townCode());
    String masked = e.contactPhone() == null ? null : new PhoneNumber(e.contactPhone()).masked();
    return new EnterpriseView(
        e.id(),
        e.uscc(),
        e.name(),
        e.legalRepresentative(),
        masked,
        e.contactPhone() != null,
        e.industryCode(),
        e.aboveScale(),
        e.townCode(),
        townName,
        e.gridId(),
        e.address(),
        e.lon(),
        e.lat(),
        e.landAreaM2(),
        e.landAreaMu(),
        e.employees(),
        e.synthetic(),
        e.updatedAt(),
        e.updatedBy(),
        e.version());
  }

  private static EnterpriseSummary summary(Enterprise e) {
    return new EnterpriseSummary(
        e.id(),
        e.uscc(),
        e.name(),
        e.industryCode(),
        e.townCode(),
        e.gridId(),
        e.lon(),
        e.lat(),
        e.synthetic(),
        e.aboveScale());
  }
}
