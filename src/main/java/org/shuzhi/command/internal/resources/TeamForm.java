package org.shuzhi.command.internal.resources;

import java.util.Arrays;
import java.util.List;
import org.shuzhi.command.DutyState;
import org.shuzhi.command.TeamDraft;
import org.shuzhi.command.TeamKind;
import org.shuzhi.command.internal.FormInput;

/**
 * The rescue-team form as typed, so a refused entry is shown back unchanged. Equipment is one item
 * per line (or separated by 、；;). The phone is blank on an edit unless it changes: the service
 * keeps the stored one, which the form never shows unmasked.
 */
record TeamForm(
    String name,
    String kind,
    String headcount,
    String equipment,
    String address,
    String lon,
    String lat,
    String contactName,
    String contactPhone,
    String dutyState,
    Integer version) {

  static TeamForm empty() {
    return new TeamForm(
        null, null, null, null, null, null, null, null, null, DutyState.ON_DUTY.name(), null);
  }

  static TeamForm of(TeamView t) {
    return new TeamForm(
        t.name(),
        t.kind().name(),
        String.valueOf(t.headcount()),
        String.join("\n", t.equipment()),
        t.address(),
        String.valueOf(t.lon()),
        String.valueOf(t.lat()),
        t.contactName(),
        null,
        t.dutyState().name(),
        t.version());
  }

  /** The draft to save; a person's entry is never demo data. */
  TeamDraft toDraft() {
    FormInput in = new FormInput();
    TeamDraft draft =
        new TeamDraft(
            name,
            in.choice(TeamKind.class, kind, "kind"),
            in.integer(headcount, "headcount"),
            lines(equipment),
            address,
            in.number(lon, "lon"),
            in.number(lat, "lat"),
            contactName,
            contactPhone,
            in.choice(DutyState.class, dutyState, "dutyState"),
            false);
    in.check();
    return draft;
  }

  static List<String> lines(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.split("[\\n、；;]"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
