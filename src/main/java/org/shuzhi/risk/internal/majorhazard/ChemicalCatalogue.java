package org.shuzhi.risk.internal.majorhazard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.Role;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.shuzhi.platform.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chemicals catalogue: reference data for the calculator, and the system admin's edits of its
 * entries, each kept in the entry's history and the audit trail.
 *
 * <p>An edit of the active version is live: every site is graded afresh in the same transaction
 * (refused if a site could no longer be graded). An edit of a draft changes nothing live; retired
 * versions are read-only.
 */
@Service
class ChemicalCatalogue {

  static final BigDecimal MAX_CRITICAL_QUANTITY = new BigDecimal("100000");
  static final BigDecimal MAX_BETA = new BigDecimal("100");
  static final int MAX_ALIASES = 20;

  private final ChemicalCatalogueRepository repository;
  private final CatalogueVersionRepository versions;
  private final SiteRegrader regrader;
  private final CatalogueLock lock;
  private final MajorHazardAudit audit;
  private final JsonMapper json;
  private final Clock clock;

  ChemicalCatalogue(
      ChemicalCatalogueRepository repository,
      CatalogueVersionRepository versions,
      SiteRegrader regrader,
      CatalogueLock lock,
      MajorHazardAudit audit,
      JsonMapper json,
      Clock clock) {
    this.repository = repository;
    this.versions = versions;
    this.regrader = regrader;
    this.lock = lock;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
  }

  /** The active version's reference data: what grades sites and what-if calculations. */
  @Transactional(readOnly = true)
  ReferenceData reference() {
    return repository.reference();
  }

  @Transactional(readOnly = true)
  ReferenceData reference(long versionId) {
    return repository.reference(version(versionId).id());
  }

  @Transactional(readOnly = true)
  List<ChemicalEntry> search(long versionId, String text) {
    return repository.search(versionId, text);
  }

  @Transactional(readOnly = true)
  List<HazardCategory> categories(long versionId) {
    return repository.categories(versionId);
  }

  @Transactional(readOnly = true)
  ChemicalEntry get(long id) {
    return repository.find(id).orElseThrow(() -> new NotFoundException("chemical"));
  }

  @Transactional(readOnly = true)
  CatalogueVersion version(long versionId) {
    return versions.find(versionId).orElseThrow(() -> new NotFoundException("catalogue version"));
  }

  @Transactional(readOnly = true)
  CatalogueVersion activeVersion() {
    return versions.active();
  }

  @Transactional(readOnly = true)
  List<ChemicalCatalogueRepository.HistoryRow> history(long id) {
    return repository.history(id);
  }

  /** Adds an entry to the active version (live). */
  @Transactional
  ChemicalEntry create(ChemicalDraft draft, CurrentUser user) {
    requireAdmin(user);
    lock.exclusive();
    return create(versions.active(), draft, user);
  }

  /** Adds an entry to a draft or to the active version. */
  @Transactional
  ChemicalEntry create(long versionId, ChemicalDraft draft, CurrentUser user) {
    requireAdmin(user);
    lock.exclusive();
    return create(version(versionId), draft, user);
  }

  private ChemicalEntry create(CatalogueVersion version, ChemicalDraft draft, CurrentUser user) {
    requireEditable(version);
    ChemicalEntry valid = validOrThrow(version.id(), draft, 0);
    Optional<String> holder = repository.holderOf(version.id(), valid.key(), 0);
    if (holder.isPresent()) {
      throw new ConflictException("risk.mh.chemical.casExists", valid.key(), holder.get());
    }
    Instant now = clock.instant();
    long id = repository.insert(version.id(), valid, user.username(), now);
    ChemicalEntry stored = get(id);
    repository.history(id, now, user.username(), "CREATE", null, stateJson(version, stored));
    audit.chemicalCreated(version.code(), stored);
    regradeIfLive(version);
    return stored;
  }

  @Transactional
  ChemicalEntry update(long id, ChemicalDraft draft, CurrentUser user) {
    requireAdmin(user);
    lock.exclusive();
    ChemicalEntry before = get(id);
    CatalogueVersion version = version(before.versionId());
    requireEditable(version);
    ChemicalEntry valid = validOrThrow(version.id(), draft, id);
    ChemicalEntry changed =
        new ChemicalEntry(
            id,
            version.id(),
            before.key(),
            valid.aliases(),
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
    int expected = draft.version() == null ? -1 : draft.version();
    if (!repository.update(id, expected, changed, user.username(), now)) {
      throw new ConflictException("risk.mh.changedMeanwhile");
    }
    ChemicalEntry after = get(id);
    repository.history(
        id, now, user.username(), "UPDATE", stateJson(version, before), stateJson(version, after));
    audit.chemicalUpdated(version.code(), before, after);
    regradeIfLive(version);
    return after;
  }

  /**
   * Removes an entry from a draft (a revision may drop a substance). Entries of the active version
   * are never removed: sites may use them, and a removal there would not be a correction but a new
   * version.
   */
  @Transactional
  CatalogueVersion delete(long id, CurrentUser user) {
    requireAdmin(user);
    lock.exclusive();
    ChemicalEntry before = get(id);
    CatalogueVersion version = version(before.versionId());
    if (!version.draft()) {
      throw new ConflictException("risk.mh.catalogue.error.entryDeleteNotDraft", version.code());
    }
    repository.delete(id);
    audit.chemicalDeleted(version.code(), before);
    return version;
  }

  /** A live edit can change any site's grade: store fresh grades in the same transaction. */
  private void regradeIfLive(CatalogueVersion version) {
    if (version.active()) {
      regrader.apply(regrader.plan(repository.reference(version.id())));
    }
  }

  private static void requireEditable(CatalogueVersion version) {
    if (!version.editable()) {
      throw new ConflictException("risk.mh.catalogue.error.retiredReadOnly", version.code());
    }
  }

  /** Only the system admin maintains reference data (三员分立: it is system configuration). */
  static void requireAdmin(CurrentUser user) {
    if (user.role() != Role.SYSTEM_ADMIN) {
      throw new AccessDeniedException("catalogue is maintained by the system admin");
    }
  }

  private String stateJson(CatalogueVersion version, ChemicalEntry e) {
    return json.writeValueAsString(MajorHazardAudit.state(version.code(), e));
  }

  /** The draft as an entry; {@code id} 0 when creating (then the key is read and checked). */
  private ChemicalEntry validOrThrow(long versionId, ChemicalDraft d, long id) {
    if (d == null) {
      throw new InvalidInputException("chemical", "problem.validation.detail");
    }
    boolean creating = id == 0;
    List<Violation> problems = new ArrayList<>();
    String key = null;
    if (creating) {
      key = CatalogueKey.parse(d.cas()).orElse(null);
      if (key == null) {
        problems.add(
            new Violation("cas", "risk.mh.error.casInvalid", d.cas() == null ? "" : d.cas()));
      }
    } else {
      key = get(id).key();
    }
    List<String> aliases = aliases(versionId, key, id, d.aliases(), problems);
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
    Set<String> known = repository.reference(versionId).categories().keySet();
    List<String> codes = new ArrayList<>();
    for (String code : split(d.categories())) {
      String upper = code.toUpperCase(Locale.ROOT);
      if (!known.contains(upper)) {
        problems.add(new Violation("categories", "risk.mh.error.categoryUnknown", code));
      } else if (!codes.contains(upper)) {
        codes.add(upper);
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
        id,
        versionId,
        key,
        aliases,
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

  /**
   * Further CAS numbers the entry covers: valid CAS numbers, not its own key, not the key or an
   * alias of another entry of the version (a CAS number must name one entry).
   */
  private List<String> aliases(
      long versionId, String key, long id, String text, List<Violation> problems) {
    List<String> aliases = new ArrayList<>();
    for (String alias : split(text)) {
      if (!CasNumber.valid(alias)) {
        problems.add(new Violation("aliases", "risk.mh.chemical.error.aliasInvalid", alias));
      } else if (alias.equals(key)) {
        problems.add(new Violation("aliases", "risk.mh.chemical.error.aliasOwnKey", alias));
      } else if (!aliases.contains(alias)) {
        Optional<String> holder = repository.holderOf(versionId, alias, id);
        if (holder.isPresent()) {
          problems.add(
              new Violation("aliases", "risk.mh.chemical.error.aliasTaken", alias, holder.get()));
        } else {
          aliases.add(alias);
        }
      }
    }
    if (aliases.size() > MAX_ALIASES) {
      problems.add(new Violation("aliases", "risk.mh.chemical.error.tooManyAliases", MAX_ALIASES));
    }
    return aliases;
  }

  private static List<String> split(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.strip().split("[,，;；\\s]+")).filter(s -> !s.isEmpty()).toList();
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
