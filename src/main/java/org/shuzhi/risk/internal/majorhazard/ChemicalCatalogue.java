package org.shuzhi.risk.internal.majorhazard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.Role;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.shuzhi.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chemicals catalogue: reference data for the calculator, and the system admin's edits of it,
 * each kept in the entry's history and the audit trail.
 */
@Service
class ChemicalCatalogue {

  static final BigDecimal MAX_CRITICAL_QUANTITY = new BigDecimal("100000");
  static final BigDecimal MAX_BETA = new BigDecimal("100");

  private final ChemicalCatalogueRepository repository;
  private final MajorHazardAudit audit;
  private final JsonMapper json;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  ChemicalCatalogue(
      ChemicalCatalogueRepository repository,
      MajorHazardAudit audit,
      JsonMapper json,
      Clock clock,
      ApplicationEventPublisher events) {
    this.repository = repository;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
    this.events = events;
  }

  @Transactional(readOnly = true)
  ReferenceData reference() {
    return repository.reference();
  }

  @Transactional(readOnly = true)
  List<ChemicalEntry> search(String text) {
    return repository.search(text);
  }

  @Transactional(readOnly = true)
  List<HazardCategory> categories() {
    return repository.categories();
  }

  @Transactional(readOnly = true)
  ChemicalEntry get(long id) {
    return repository.find(id).orElseThrow(() -> new NotFoundException("chemical"));
  }

  @Transactional(readOnly = true)
  List<ChemicalCatalogueRepository.HistoryRow> history(long id) {
    return repository.history(id);
  }

  @Transactional
  ChemicalEntry create(ChemicalDraft draft, CurrentUser user) {
    requireAdmin(user);
    ChemicalEntry valid = validOrThrow(draft, true);
    if (repository.casExists(valid.cas())) {
      throw new ConflictException("risk.mh.chemical.casExists", valid.cas());
    }
    Instant now = clock.instant();
    long id = repository.insert(valid, user.username(), now);
    ChemicalEntry stored = repository.find(id).orElseThrow();
    repository.history(id, now, user.username(), "CREATE", null, stateJson(stored));
    audit.chemicalCreated(stored);
    events.publishEvent(new ChemicalCatalogueChanged(stored.cas()));
    return stored;
  }

  @Transactional
  ChemicalEntry update(long id, ChemicalDraft draft, CurrentUser user) {
    requireAdmin(user);
    ChemicalEntry before = get(id);
    ChemicalEntry valid = validOrThrow(draft, false);
    ChemicalEntry changed =
        new ChemicalEntry(
            id,
            before.cas(),
            valid.nameZh(),
            valid.nameEn(),
            valid.criticalQuantity(),
            valid.beta(),
            valid.categoryCodes(),
            valid.toxicGas(),
            valid.note(),
            null,
            null,
            before.version());
    Instant now = clock.instant();
    int version = draft.version() == null ? -1 : draft.version();
    if (!repository.update(id, version, changed, user.username(), now)) {
      throw new ConflictException("risk.mh.changedMeanwhile");
    }
    ChemicalEntry after = repository.find(id).orElseThrow();
    repository.history(id, now, user.username(), "UPDATE", stateJson(before), stateJson(after));
    audit.chemicalUpdated(before, after);
    events.publishEvent(new ChemicalCatalogueChanged(after.cas()));
    return after;
  }

  /** Only the system admin maintains reference data (三员分立: it is system configuration). */
  private static void requireAdmin(CurrentUser user) {
    if (user.role() != Role.SYSTEM_ADMIN) {
      throw new AccessDeniedException("catalogue is maintained by the system admin");
    }
  }

  private String stateJson(ChemicalEntry e) {
    return json.writeValueAsString(MajorHazardAudit.state(e));
  }

  private ChemicalEntry validOrThrow(ChemicalDraft d, boolean creating) {
    if (d == null) {
      throw new InvalidInputException("chemical", "problem.validation.detail");
    }
    List<Violation> problems = new ArrayList<>();
    String cas = d.cas() == null ? null : d.cas().strip();
    if (creating && !CasNumber.valid(cas)) {
      problems.add(new Violation("cas", "risk.mh.error.casInvalid", cas == null ? "" : cas));
    }
    String nameZh = text(d.nameZh());
    if (nameZh == null) {
      problems.add(new Violation("nameZh", "risk.mh.chemical.error.nameRequired"));
    } else if (nameZh.length() > 200) {
      problems.add(new Violation("nameZh", "risk.mh.error.nameTooLong", 200));
    }
    String nameEn = text(d.nameEn());
    if (nameEn != null && nameEn.length() > 200) {
      problems.add(new Violation("nameEn", "risk.mh.error.nameTooLong", 200));
    }
    BigDecimal q = number(d.criticalQuantity(), "criticalQuantity", problems);
    if (q == null && text(d.criticalQuantity()) == null) {
      problems.add(new Violation("criticalQuantity", "risk.mh.chemical.error.qRequired"));
    } else if (q != null && (q.signum() <= 0 || q.compareTo(MAX_CRITICAL_QUANTITY) > 0)) {
      problems.add(
          new Violation(
              "criticalQuantity",
              "risk.mh.chemical.error.qRange",
              MAX_CRITICAL_QUANTITY.toPlainString()));
    }
    BigDecimal beta = number(d.beta(), "beta", problems);
    if (beta != null && (beta.signum() <= 0 || beta.compareTo(MAX_BETA) > 0)) {
      problems.add(
          new Violation("beta", "risk.mh.chemical.error.betaRange", MAX_BETA.toPlainString()));
    }
    Set<String> known = repository.reference().categories().keySet();
    List<String> codes = new ArrayList<>();
    if (text(d.categories()) != null) {
      for (String code : Arrays.stream(d.categories().split("[,，;；\\s]+")).toList()) {
        if (code.isEmpty()) {
          continue;
        }
        String upper = code.toUpperCase(Locale.ROOT);
        if (!known.contains(upper)) {
          problems.add(new Violation("categories", "risk.mh.error.categoryUnknown", code));
        } else if (!codes.contains(upper)) {
          codes.add(upper);
        }
      }
    }
    if (beta == null && codes.isEmpty() && text(d.beta()) == null) {
      problems.add(new Violation("beta", "risk.mh.chemical.error.betaOrCategory"));
    }
    String note = text(d.note());
    if (note != null && note.length() > 1000) {
      problems.add(new Violation("note", "risk.mh.error.nameTooLong", 1000));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new ChemicalEntry(
        0,
        cas,
        nameZh,
        nameEn,
        q,
        beta,
        codes,
        Boolean.TRUE.equals(d.toxicGas()),
        note,
        null,
        null,
        0);
  }

  private static BigDecimal number(String text, String field, List<Violation> problems) {
    String t = text(text);
    if (t == null) {
      return null;
    }
    try {
      return new BigDecimal(t);
    } catch (NumberFormatException e) {
      problems.add(new Violation(field, "risk.mh.error.numberInvalid", t));
      return null;
    }
  }

  private static String text(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
