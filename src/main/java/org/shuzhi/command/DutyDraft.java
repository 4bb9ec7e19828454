package org.shuzhi.command;

import java.time.LocalDate;

/**
 * A duty roster entry (值班): exactly one of department and town.
 *
 * @param department department code (e.g. EMERGENCY), or null for a town's roster
 * @param townCode NBS 9-digit town code, or null for a department's roster
 * @param date duty date
 * @param shift shift on that date
 * @param role leader or officer
 * @param personName who
 * @param phone their phone (shown masked); blank on an edit keeps the stored one
 * @param synthetic demo data
 * @param account the person's account (username), or null: the one-click response notifies it in
 *     the app instead of by SMS
 */
public record DutyDraft(
    String department,
    String townCode,
    LocalDate date,
    DutyShift shift,
    DutyRole role,
    String personName,
    String phone,
    Boolean synthetic,
    String account) {

  /** An entry without an account. */
  public DutyDraft(
      String department,
      String townCode,
      LocalDate date,
      DutyShift shift,
      DutyRole role,
      String personName,
      String phone,
      Boolean synthetic) {
    this(department, townCode, date, shift, role, personName, phone, synthetic, null);
  }

  /** Whether this is demo data (only trusted loaders set it). */
  public boolean demo() {
    return Boolean.TRUE.equals(synthetic);
  }

  /** The same record entered by a person: never demo data, whatever a client sent. */
  public DutyDraft asReal() {
    return new DutyDraft(
        department, townCode, date, shift, role, personName, phone, false, account);
  }
}
