package org.shuzhi.risk.internal.majorhazard;

/**
 * A new catalogue version as an admin typed it.
 *
 * @param code unique, e.g. {@code GB 18218-202X}
 * @param title e.g. the standard's full title
 * @param basedOn id of the version to copy, the active one when null
 */
record CatalogueVersionDraft(String code, String title, Long basedOn) {

  static CatalogueVersionDraft empty() {
    return new CatalogueVersionDraft(null, null, null);
  }
}
