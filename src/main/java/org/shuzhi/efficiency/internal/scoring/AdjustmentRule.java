package org.shuzhi.efficiency.internal.scoring;

/**
 * A bonus, penalty or veto (一票否决) triggered by a flag in the enterprise's data for the year. The
 * values are not fixed by any published table (economy.md §1.3, unsure), so they are data.
 *
 * @param flag the flag, e.g. {@code MAJOR_SAFETY_ACCIDENT}, {@code ENVIRONMENTAL_VIOLATION}
 * @param effect what it does
 * @param points points added (BONUS) or taken off (PENALTY); ignored for VETO
 */
public record AdjustmentRule(String flag, Effect effect, Double points) {

  public enum Effect {
    BONUS,
    PENALTY,
    /** The enterprise is class D whatever its score. */
    VETO
  }
}
