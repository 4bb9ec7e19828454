package org.shuzhi.command;

/**
 * Holding resources for an incident. Each operation joins the caller's transaction, refuses bad
 * input with a clear message ({@code InvalidInputException} for malformed input, {@code
 * ConflictException} when the resource cannot give it: more than available, above capacity, a team
 * off duty or already dispatched) and then changes nothing. Each success is kept in the history and
 * the audit trail, and returns the reservation's id for {@link #release}.
 */
public interface Reservations {

  /** Reserves units of an item in a warehouse (reserved += quantity, ≤ quantity held). */
  long reserveSupplies(long warehouseId, String itemCode, long quantity, String reference);

  /** Reserves places in a shelter (occupancy + reserved ≤ capacity). */
  long reserveShelterPlaces(long shelterId, int places, String reference);

  /** Dispatches an on-duty team (ON_DUTY → DISPATCHED). */
  long dispatchTeam(long teamId, String reference);

  /**
   * Gives a reservation back (supplies and places become available, a dispatched team is on duty
   * again). Releasing twice is refused.
   */
  void release(long reservationId);

  /**
   * Ends a supply reservation with what was used: {@code used} units are deducted from the stock
   * (quantity and reserved), the rest of the reservation becomes available again. {@code used} must
   * lie between 0 and the reserved quantity ({@code InvalidInputException} otherwise); the stock
   * line's history records the consumption. Only for supply reservations not yet released.
   */
  void consume(long reservationId, long used);
}
