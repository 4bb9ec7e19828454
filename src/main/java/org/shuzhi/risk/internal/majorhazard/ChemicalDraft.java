package org.shuzhi.risk.internal.majorhazard;

/**
 * A catalogue entry as an admin typed it (text, so a bad value is shown back unchanged).
 *
 * @param cas the catalogue key: CAS number, or a catalogue code for a Table 1 row without one
 *     (fixed once created)
 * @param aliases further CAS numbers the entry covers, comma-separated
 * @param criticalQuantity Q in tonnes
 * @param beta β, blank to take it from the categories
 * @param categories Table 2 codes, comma-separated
 * @param toxicGas named toxic gas of Table 3 (an unticked checkbox sends nothing: null)
 */
record ChemicalDraft(
    String cas,
    String aliases,
    String nameZh,
    String nameEn,
    String criticalQuantity,
    String beta,
    String categories,
    Boolean toxicGas,
    String note,
    Integer version) {

  static ChemicalDraft of(ChemicalEntry e) {
    return new ChemicalDraft(
        e.key(),
        e.aliasList(),
        e.nameZh(),
        e.nameEn(),
        e.criticalQuantity().stripTrailingZeros().toPlainString(),
        e.beta() == null ? "" : e.beta().stripTrailingZeros().toPlainString(),
        e.categories(),
        e.toxicGas(),
        e.note(),
        e.version());
  }

  static ChemicalDraft empty() {
    return new ChemicalDraft(null, null, null, null, null, null, null, false, null, null);
  }
}
