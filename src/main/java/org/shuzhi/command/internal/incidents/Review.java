package org.shuzhi.command.internal.incidents;

import java.util.List;

/**
 * The after-action review (事后复盘) written when an incident is closed; every field is required except
 * the supplies used.
 *
 * @param summary what happened and how it was handled
 * @param cause the cause found
 * @param lessons lessons learnt and improvements to make
 * @param used per supply reservation of the incident, how many units were used; a reservation not
 *     listed counts as used in full (the supplies went out with the response)
 */
public record Review(String summary, String cause, String lessons, List<SupplyUse> used) {

  /**
   * @param reservationId the supply reservation ({@link HeldSupply#reservationId()})
   * @param quantity units used, 0 to the reserved quantity
   */
  public record SupplyUse(Long reservationId, Long quantity) {}

  public Review {
    used = used == null ? List.of() : List.copyOf(used);
  }

  /** A review without supplies entered (each reservation used in full). */
  public Review(String summary, String cause, String lessons) {
    this(summary, cause, lessons, List.of());
  }
}
