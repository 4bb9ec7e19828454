package org.shuzhi.risk.internal.majorhazard;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.shuzhi.risk.MajorHazardLevel;
import org.shuzhi.risk.MajorHazardSiteDraft.Substance;
import org.shuzhi.risk.MajorHazardSiteDraft.Unit;
import org.shuzhi.risk.MajorHazardUnitKind;

/**
 * GB 18218-2018 identification and grading, free of Spring and of the database: the reference data
 * comes in as a value.
 *
 * <ul>
 *   <li>§4.2.2: S = Σ qᵢ/Qᵢ per unit; the unit is a major hazard when S ≥ 1.
 *   <li>§4.2.1: Q from Table 1 when the substance is named there, else from Table 2 by its hazard
 *       category; when several categories apply, the lowest Q. A substance is named by its CAS
 *       number, by a CAS number a Table 1 row covers (carbon monoxide under 煤气), or by the
 *       catalogue code of a row without CAS number ({@link CatalogueKey}).
 *   <li>§4.3: R = α Σ βᵢ qᵢ/Qᵢ, β from Table 3 (named toxic gases) or Table 4 (by category), α from
 *       the population within 500 m (Table 6), the level from R (Table 5).
 * </ul>
 *
 * <p>Where a substance has several categories and no own β, the highest of their β is taken: the
 * standard does not settle the case, and the conservative choice matches "lowest Q".
 *
 * <p>S and R are rounded to 6 decimals before they are compared with the thresholds, so that a sum
 * like 1/3 + 1/3 + 1/3 counts as 1.
 */
final class MajorHazardCalculator {

  /** Above this a quantity is a typing error, not a plant (the largest tank farms hold ~10⁶ t). */
  static final BigDecimal MAX_TONNES = new BigDecimal("10000000");

  /** 500 m around a plant cannot hold more people than this. */
  static final int MAX_POPULATION = 1_000_000;

  static final int MAX_UNITS = 100;
  static final int MAX_SUBSTANCES = 100;
  static final int MAX_NAME = 100;

  private static final int SCALE = 6;
  private static final MathContext PRECISION = MathContext.DECIMAL128;

  /** Evaluates the units, or throws with every problem found, each naming its field. */
  Evaluation evaluate(List<Unit> units, Integer exposedPopulation, ReferenceData reference) {
    List<Violation> problems = new ArrayList<>();
    if (exposedPopulation == null) {
      problems.add(new Violation("exposedPopulation", "risk.mh.error.populationRequired"));
    } else if (exposedPopulation < 0) {
      problems.add(
          new Violation(
              "exposedPopulation", "risk.mh.error.populationNegative", exposedPopulation));
    } else if (exposedPopulation > MAX_POPULATION) {
      problems.add(
          new Violation("exposedPopulation", "risk.mh.error.populationTooLarge", MAX_POPULATION));
    }
    if (units == null || units.isEmpty()) {
      problems.add(new Violation("units", "risk.mh.error.unitsRequired"));
    } else if (units.size() > MAX_UNITS) {
      problems.add(new Violation("units", "risk.mh.error.tooManyUnits", MAX_UNITS));
    }
    List<ResolvedUnit> resolved = new ArrayList<>();
    if (units != null && units.size() <= MAX_UNITS) {
      for (int i = 0; i < units.size(); i++) {
        resolved.add(resolve(units.get(i), "units[" + i + "]", reference, problems));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    AlphaBand band = alphaBand(exposedPopulation, reference);
    List<UnitEvaluation> evaluated =
        resolved.stream().map(u -> evaluate(u, band.alpha(), reference)).toList();
    return new Evaluation(
        reference.versionId(),
        reference.versionCode(),
        exposedPopulation,
        band.alpha(),
        band,
        evaluated);
  }

  /** α for the population: the band with the highest minimum not above it. */
  static AlphaBand alphaBand(int population, ReferenceData reference) {
    AlphaBand found = null;
    for (AlphaBand b : reference.alphaBands()) {
      if (b.minPopulation() <= population) {
        found = b;
      }
    }
    if (found == null) {
      throw new IllegalStateException("no α band for population " + population);
    }
    return found;
  }

  /** The grade for R: the highest threshold R reaches. */
  static MajorHazardLevel level(BigDecimal r, ReferenceData reference) {
    for (LevelBand band : reference.levelBands()) {
      if (r.compareTo(band.minR()) >= 0) {
        return band.level();
      }
    }
    throw new IllegalStateException("no level band for R " + r);
  }

  private UnitEvaluation evaluate(ResolvedUnit unit, BigDecimal alpha, ReferenceData reference) {
    BigDecimal s = BigDecimal.ZERO;
    BigDecimal weightedSum = BigDecimal.ZERO;
    List<SubstanceTerm> terms = new ArrayList<>();
    for (ResolvedSubstance sub : unit.substances()) {
      BigDecimal ratio = sub.quantity().divide(sub.criticalQuantity(), PRECISION);
      BigDecimal weighted = sub.beta().multiply(ratio, PRECISION);
      s = s.add(ratio, PRECISION);
      weightedSum = weightedSum.add(weighted, PRECISION);
      terms.add(
          new SubstanceTerm(
              sub.cas(),
              sub.catalogueKey(),
              sub.nameZh(),
              sub.nameEn(),
              sub.categories(),
              tidy(sub.quantity()),
              tidy(sub.criticalQuantity()),
              sub.quantitySource(),
              sub.quantityCategory(),
              tidy(sub.beta()),
              sub.betaSource(),
              sub.betaCategory(),
              rounded(ratio),
              rounded(weighted)));
    }
    BigDecimal roundedS = rounded(s);
    BigDecimal r = rounded(alpha.multiply(weightedSum, PRECISION));
    boolean major = roundedS.compareTo(BigDecimal.ONE) >= 0;
    return new UnitEvaluation(
        unit.name(),
        unit.kind(),
        terms,
        roundedS,
        major,
        tidy(alpha),
        rounded(weightedSum),
        r,
        major ? level(r, reference) : null);
  }

  private ResolvedUnit resolve(
      Unit unit, String path, ReferenceData reference, List<Violation> problems) {
    if (unit == null) {
      problems.add(new Violation(path, "risk.mh.error.unitRequired"));
      return null;
    }
    String name = unit.name() == null ? "" : unit.name().strip();
    if (name.isEmpty()) {
      problems.add(new Violation(path + ".name", "risk.mh.error.unitNameRequired"));
    } else if (name.length() > MAX_NAME) {
      problems.add(new Violation(path + ".name", "risk.mh.error.nameTooLong", MAX_NAME));
    }
    MajorHazardUnitKind kind = kind(unit.kind());
    if (kind == null) {
      problems.add(
          new Violation(
              path + ".kind", "risk.mh.error.kindInvalid", unit.kind() == null ? "" : unit.kind()));
    }
    List<ResolvedSubstance> substances = new ArrayList<>();
    List<Substance> given = unit.substances();
    if (given == null || given.isEmpty()) {
      problems.add(new Violation(path + ".substances", "risk.mh.error.substancesRequired"));
    } else if (given.size() > MAX_SUBSTANCES) {
      problems.add(
          new Violation(path + ".substances", "risk.mh.error.tooManySubstances", MAX_SUBSTANCES));
    } else {
      for (int j = 0; j < given.size(); j++) {
        substances.add(resolve(given.get(j), path + ".substances[" + j + "]", reference, problems));
      }
    }
    return new ResolvedUnit(name, kind, substances);
  }

  private ResolvedSubstance resolve(
      Substance sub, String path, ReferenceData reference, List<Violation> problems) {
    if (sub == null) {
      problems.add(new Violation(path, "risk.mh.error.substanceRequired"));
      return null;
    }
    int before = problems.size();
    BigDecimal q = sub.quantityTonnes();
    if (q == null) {
      problems.add(new Violation(path + ".quantityTonnes", "risk.mh.error.quantityRequired"));
    } else if (q.signum() <= 0) {
      problems.add(
          new Violation(
              path + ".quantityTonnes", "risk.mh.error.quantityNotPositive", q.toPlainString()));
    } else if (q.compareTo(MAX_TONNES) > 0) {
      problems.add(
          new Violation(
              path + ".quantityTonnes",
              "risk.mh.error.quantityTooLarge",
              q.toPlainString(),
              MAX_TONNES.toPlainString()));
    } else if (q.stripTrailingZeros().scale() > 3) {
      problems.add(
          new Violation(
              path + ".quantityTonnes", "risk.mh.error.quantityPrecision", q.toPlainString()));
    }
    boolean hasCategory = sub.category() != null && !sub.category().isBlank();
    List<HazardCategory> categories = categories(sub.category(), path, reference, problems);
    String given = sub.cas() == null || sub.cas().isBlank() ? null : sub.cas().strip();
    String cas = null;
    ChemicalEntry chemical = null;
    if (given == null) {
      if (!hasCategory) {
        problems.add(new Violation(path + ".cas", "risk.mh.error.substanceUnidentified"));
      }
    } else {
      cas = CatalogueKey.parse(given).orElse(null);
      if (cas == null) {
        problems.add(new Violation(path + ".cas", "risk.mh.error.casInvalid", given));
      } else {
        chemical = reference.find(cas);
        if (chemical == null && CatalogueKey.isCode(cas)) {
          // A code only means something in the catalogue: an unknown one is a typing error even
          // when a category is given.
          problems.add(new Violation(path + ".cas", "risk.mh.error.codeUnknown", cas));
        } else if (chemical == null && !hasCategory) {
          problems.add(new Violation(path + ".cas", "risk.mh.error.casUnknown", cas));
        }
      }
    }
    if (problems.size() > before) {
      return null;
    }
    if (chemical != null) {
      return fromCatalogue(cas, chemical, q, reference, path, problems);
    }
    // Not named in Table 1: Q by category, the lowest when several apply (§4.2.1).
    HazardCategory lowestQ = categories.get(0);
    for (HazardCategory c : categories) {
      if (c.criticalQuantity().compareTo(lowestQ.criticalQuantity()) < 0) {
        lowestQ = c;
      }
    }
    HazardCategory highestBeta = highestBeta(categories);
    return new ResolvedSubstance(
        cas,
        null,
        null,
        null,
        categories.stream().map(HazardCategory::code).toList(),
        q,
        lowestQ.criticalQuantity(),
        QuantitySource.CATEGORY,
        lowestQ.code(),
        highestBeta.beta(),
        BetaSource.CATEGORY,
        highestBeta.code());
  }

  private ResolvedSubstance fromCatalogue(
      String given,
      ChemicalEntry chemical,
      BigDecimal q,
      ReferenceData reference,
      String path,
      List<Violation> problems) {
    BigDecimal beta = chemical.beta();
    BetaSource betaSource = BetaSource.CATALOGUE;
    String betaCategory = null;
    if (beta == null) {
      List<HazardCategory> own =
          chemical.categoryCodes().stream()
              .map(reference.categories()::get)
              .filter(c -> c != null)
              .toList();
      if (own.isEmpty()) {
        problems.add(new Violation(path + ".cas", "risk.mh.error.noBeta", chemical.key()));
        return null;
      }
      HazardCategory highest = highestBeta(own);
      beta = highest.beta();
      betaSource = BetaSource.CATEGORY;
      betaCategory = highest.code();
    }
    return new ResolvedSubstance(
        given,
        chemical.key(),
        chemical.nameZh(),
        chemical.nameEn(),
        chemical.categoryCodes(),
        q,
        chemical.criticalQuantity(),
        QuantitySource.TABLE_1,
        null,
        beta,
        betaSource,
        betaCategory);
  }

  private static HazardCategory highestBeta(List<HazardCategory> categories) {
    HazardCategory highest = categories.get(0);
    for (HazardCategory c : categories) {
      if (c.beta().compareTo(highest.beta()) > 0) {
        highest = c;
      }
    }
    return highest;
  }

  /** Parses "W5.1", "J3,W2", "j3 w2": unknown codes are reported, known ones returned. */
  private static List<HazardCategory> categories(
      String text, String path, ReferenceData reference, List<Violation> problems) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<HazardCategory> found = new ArrayList<>();
    for (String code : Arrays.stream(text.split("[,，;；\\s]+")).filter(s -> !s.isEmpty()).toList()) {
      HazardCategory c = reference.categories().get(code.toUpperCase(Locale.ROOT));
      if (c == null) {
        problems.add(new Violation(path + ".category", "risk.mh.error.categoryUnknown", code));
      } else if (!found.contains(c)) {
        found.add(c);
      }
    }
    return found;
  }

  static MajorHazardUnitKind kind(String text) {
    if (text == null) {
      return null;
    }
    for (MajorHazardUnitKind k : MajorHazardUnitKind.values()) {
      if (k.name().equalsIgnoreCase(text.strip())) {
        return k;
      }
    }
    return null;
  }

  private static BigDecimal rounded(BigDecimal value) {
    return tidy(value.setScale(SCALE, RoundingMode.HALF_UP));
  }

  /** Without trailing zeros, and never in exponent form (30, not 3E+1). */
  static BigDecimal tidy(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private record ResolvedUnit(
      String name, MajorHazardUnitKind kind, List<ResolvedSubstance> substances) {}

  private record ResolvedSubstance(
      String cas,
      String catalogueKey,
      String nameZh,
      String nameEn,
      List<String> categories,
      BigDecimal quantity,
      BigDecimal criticalQuantity,
      QuantitySource quantitySource,
      String quantityCategory,
      BigDecimal beta,
      BetaSource betaSource,
      String betaCategory) {}
}
