package org.shuzhi.inspection.internal;

/** An enterprise's supervision: its tier and how many months may pass between inspections. */
record Supervision(SupervisionTier tier, int frequencyMonths) {

  /** Whether this supervision is stricter than {@code other}: shorter interval, then lower tier. */
  boolean stricterThan(Supervision other) {
    if (frequencyMonths != other.frequencyMonths) {
      return frequencyMonths < other.frequencyMonths;
    }
    return tier.ordinal() < other.tier.ordinal();
  }
}
