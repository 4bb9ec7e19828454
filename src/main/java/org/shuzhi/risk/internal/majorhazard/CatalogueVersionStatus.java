package org.shuzhi.risk.internal.majorhazard;

/** Where a catalogue version stands; only one version is {@link #ACTIVE} at a time. */
public enum CatalogueVersionStatus {
  /** Being prepared: editable, grades nothing, may be deleted. */
  DRAFT,
  /** Grades every site and every what-if calculation. */
  ACTIVE,
  /** Was active once: read-only record of what graded sites then; may be activated again. */
  RETIRED
}
