package org.shuzhi.risk.internal.majorhazard;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.shuzhi.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Versions of the chemicals catalogue: when GB 18218 is revised the system admin copies the active
 * version into a draft, edits the draft (nothing live changes), then activates it. Activation
 * re-grades every site with the new version in the same transaction and is refused if a site could
 * not be graded with it; earlier versions stay readable and may be activated again.
 */
@Service
class CatalogueVersions {

  private static final Logger log = LoggerFactory.getLogger(CatalogueVersions.class);

  static final int MAX_CODE = 60;
  static final int MAX_TITLE = 200;
  static final int ACTIVATIONS_SHOWN = 20;

  /** What activating a version would do, shown before the admin decides. */
  record Preview(int sites, int levelChanges, int ungradable) {}

  private final CatalogueVersionRepository versions;
  private final ChemicalCatalogueRepository chemicals;
  private final SiteRegrader regrader;
  private final CatalogueLock lock;
  private final MajorHazardAudit audit;
  private final Clock clock;

  CatalogueVersions(
      CatalogueVersionRepository versions,
      ChemicalCatalogueRepository chemicals,
      SiteRegrader regrader,
      CatalogueLock lock,
      MajorHazardAudit audit,
      Clock clock) {
    this.versions = versions;
    this.chemicals = chemicals;
    this.regrader = regrader;
    this.lock = lock;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  List<CatalogueVersion> all() {
    return versions.all();
  }

  @Transactional(readOnly = true)
  CatalogueVersion get(long id) {
    return versions.find(id).orElseThrow(() -> new NotFoundException("catalogue version"));
  }

  @Transactional(readOnly = true)
  List<CatalogueActivation> activations() {
    return versions.activations(ACTIVATIONS_SHOWN);
  }

  /** Grading every site with the version, without storing anything (counts only). */
  @Transactional(readOnly = true)
  Preview preview(long id) {
    SiteRegrader.Plan plan = regrader.plan(chemicals.reference(get(id).id()));
    return new Preview(
        plan.gradable().size() + plan.ungradable().size(),
        plan.levelChanges(),
        plan.ungradable().size());
  }

  /** A draft copy of a version (the active one unless another is named). */
  @Transactional
  CatalogueVersion create(CatalogueVersionDraft draft, CurrentUser user) {
    ChemicalCatalogue.requireAdmin(user);
    lock.exclusive();
    List<Violation> problems = new ArrayList<>();
    String code = draft == null || draft.code() == null ? "" : draft.code().strip();
    String title = draft == null || draft.title() == null ? "" : draft.title().strip();
    if (code.isEmpty()) {
      problems.add(new Violation("code", "risk.mh.catalogue.error.codeRequired"));
    } else if (code.length() > MAX_CODE) {
      problems.add(new Violation("code", "risk.mh.error.nameTooLong", MAX_CODE));
    } else if (versions.codeExists(code)) {
      problems.add(new Violation("code", "risk.mh.catalogue.error.codeExists", code));
    }
    if (title.isEmpty()) {
      problems.add(new Violation("title", "risk.mh.catalogue.error.titleRequired"));
    } else if (title.length() > MAX_TITLE) {
      problems.add(new Violation("title", "risk.mh.error.nameTooLong", MAX_TITLE));
    }
    CatalogueVersion source =
        draft == null || draft.basedOn() == null
            ? versions.active()
            : versions.find(draft.basedOn()).orElse(null);
    if (source == null) {
      problems.add(
          new Violation("basedOn", "risk.mh.catalogue.error.sourceUnknown", draft.basedOn()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    long id = versions.copy(source.id(), code, title, user.username(), clock.instant());
    CatalogueVersion created = get(id);
    audit.catalogueCreated(created);
    return created;
  }

  /**
   * Makes the version the active one and re-grades every site with it. Refused for the version
   * already active, for an incomplete version and when a site could not be graded with it.
   */
  @Transactional
  SiteRegrader.Outcome activate(long id, CurrentUser user) {
    ChemicalCatalogue.requireAdmin(user);
    lock.exclusive();
    CatalogueVersion version = get(id);
    if (version.active()) {
      throw new ConflictException("risk.mh.catalogue.error.alreadyActive", version.code());
    }
    ReferenceData reference = chemicals.reference(id);
    requireComplete(reference);
    SiteRegrader.Plan plan = regrader.plan(reference);
    plan.requireAllGradable();
    CatalogueVersion previous = versions.active();
    long started = System.nanoTime();
    Instant now = clock.instant();
    versions.activate(id, user.username(), now);
    SiteRegrader.Outcome outcome = regrader.apply(plan);
    versions.logActivation(
        id, previous.id(), user.username(), now, outcome.sitesRegraded(), outcome.levelsChanged());
    audit.catalogueActivated(previous, version, outcome);
    log.info(
        "Catalogue version {} activated by {} (was {}): {} sites regraded, {} changed level, {} ms",
        version.code(),
        user.username(),
        previous.code(),
        outcome.sitesRegraded(),
        outcome.levelsChanged(),
        (System.nanoTime() - started) / 1_000_000);
    return outcome;
  }

  /**
   * Deletes a draft. A version that was ever active is kept: it is the record of what graded the
   * sites then. A draft another version was copied from is kept too, so every version's origin
   * stays known.
   */
  @Transactional
  CatalogueVersion delete(long id, CurrentUser user) {
    ChemicalCatalogue.requireAdmin(user);
    lock.exclusive();
    CatalogueVersion version = get(id);
    if (!version.draft()) {
      throw new ConflictException("risk.mh.catalogue.error.deleteNotDraft", version.code());
    }
    List<String> copies =
        versions.all().stream()
            .filter(v -> version.code().equals(v.basedOn()))
            .map(CatalogueVersion::code)
            .toList();
    if (!copies.isEmpty()) {
      throw new ConflictException(
          "risk.mh.catalogue.error.deleteHasCopies", version.code(), String.join(", ", copies));
    }
    versions.delete(id);
    audit.catalogueDeleted(version);
    return version;
  }

  /**
   * Every version is a full copy, so this only fails if the tables were tampered with; the check
   * keeps a broken version from grading sites.
   */
  private static void requireComplete(ReferenceData reference) {
    boolean alphaFromZero =
        !reference.alphaBands().isEmpty() && reference.alphaBands().get(0).minPopulation() == 0;
    boolean levelsFromZero =
        !reference.levelBands().isEmpty()
            && reference.levelBands().get(reference.levelBands().size() - 1).minR().signum() == 0;
    if (reference.chemicals().isEmpty()
        || reference.categories().isEmpty()
        || !alphaFromZero
        || !levelsFromZero) {
      throw new ConflictException("risk.mh.catalogue.error.incomplete", reference.versionCode());
    }
  }
}
