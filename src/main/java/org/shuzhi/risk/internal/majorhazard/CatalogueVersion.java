package org.shuzhi.risk.internal.majorhazard;

import java.time.Instant;

/**
 * A version of the chemicals catalogue with its reference tables.
 *
 * @param code unique, e.g. {@code GB 18218-2018}
 * @param basedOn code of the version it was copied from, null for a seeded one
 * @param activatedAt the last activation, null for a draft
 * @param entries number of catalogue entries
 */
public record CatalogueVersion(
    long id,
    String code,
    String title,
    CatalogueVersionStatus status,
    String basedOn,
    Instant createdAt,
    String createdBy,
    Instant activatedAt,
    String activatedBy,
    int entries) {

  public boolean draft() {
    return status == CatalogueVersionStatus.DRAFT;
  }

  public boolean active() {
    return status == CatalogueVersionStatus.ACTIVE;
  }

  /** Entries may be added and changed: drafts, and the active version (a live correction). */
  public boolean editable() {
    return status != CatalogueVersionStatus.RETIRED;
  }
}
