package org.shuzhi.risk.internal.majorhazard;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of the calculation: a substance's q/Q and βq/Q.
 *
 * @param cas the substance as given: CAS number or catalogue code, null for a category-only
 *     substance
 * @param catalogueKey the key of the catalogue entry that gave Q (differs from {@code cas} when a
 *     CAS number is covered by another row, e.g. carbon monoxide by 煤气), null when not in the
 *     catalogue
 * @param nameZh catalogue name, null when not in the catalogue
 * @param categories the hazard categories given or catalogued
 * @param quantity q, tonnes
 * @param criticalQuantity Q, tonnes
 * @param quantitySource where Q came from
 * @param quantityCategory the category that gave Q (for {@link QuantitySource#CATEGORY})
 * @param beta β
 * @param betaSource where β came from
 * @param betaCategory the category that gave β (for {@link BetaSource#CATEGORY})
 * @param ratio q/Q
 * @param weighted βq/Q
 */
record SubstanceTerm(
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
    String betaCategory,
    BigDecimal ratio,
    BigDecimal weighted) {

  /** The substance was named by a CAS number (not by a catalogue code). */
  public boolean givenAsCas() {
    return cas != null && !CatalogueKey.isCode(cas);
  }

  /** The catalogue entry is another row than the one the given key names (an alias). */
  public boolean coveredByOtherEntry() {
    return catalogueKey != null && !catalogueKey.equals(cas);
  }
}
