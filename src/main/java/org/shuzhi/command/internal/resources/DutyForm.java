package org.shuzhi.command.internal.resources;

import org.shuzhi.command.DutyDraft;
import org.shuzhi.command.DutyRole;
import org.shuzhi.command.DutyShift;
import org.shuzhi.command.internal.FormInput;

/**
 * The duty-roster form as typed: a department code or a town (one of the two), date, shift, role,
 * person and phone (blank on an edit keeps the stored one).
 */
record DutyForm(
    String department,
    String townCode,
    String date,
    String shift,
    String role,
    String personName,
    String phone,
    Integer version,
    String account) {

  static DutyForm empty(String department, String townCode) {
    return new DutyForm(
        department, townCode, null, null, DutyRole.OFFICER.name(), null, null, null, null);
  }

  static DutyForm of(DutyView d) {
    return new DutyForm(
        d.department(),
        d.townCode(),
        d.date().toString(),
        d.shift().name(),
        d.role().name(),
        d.personName(),
        null,
        d.version(),
        d.account());
  }

  DutyDraft toDraft() {
    FormInput in = new FormInput();
    DutyDraft draft =
        new DutyDraft(
            department,
            townCode,
            in.date(date, "date"),
            in.choice(DutyShift.class, shift, "shift"),
            in.choice(DutyRole.class, role, "role"),
            personName,
            phone,
            false,
            account);
    in.check();
    return draft;
  }
}
