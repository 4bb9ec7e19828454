package org.shuzhi.command.internal.resources;

import org.shuzhi.command.ShelterDraft;
import org.shuzhi.command.ShelterTier;
import org.shuzhi.command.internal.FormInput;

/** The shelter form as typed; a blank phone on an edit keeps the stored one. */
record ShelterForm(
    String name,
    String tier,
    String address,
    String lon,
    String lat,
    String usableArea,
    String occupancy,
    String managerName,
    String managerPhone,
    Integer version) {

  static ShelterForm empty() {
    return new ShelterForm(null, null, null, null, null, null, "0", null, null, null);
  }

  static ShelterForm of(ShelterView s) {
    return new ShelterForm(
        s.name(),
        s.tier().name(),
        s.address(),
        String.valueOf(s.lon()),
        String.valueOf(s.lat()),
        s.usableArea().toPlainString(),
        String.valueOf(s.occupancy()),
        s.managerName(),
        null,
        s.version());
  }

  ShelterDraft toDraft() {
    FormInput in = new FormInput();
    ShelterDraft draft =
        new ShelterDraft(
            name,
            in.choice(ShelterTier.class, tier, "tier"),
            address,
            in.number(lon, "lon"),
            in.number(lat, "lat"),
            in.decimal(usableArea, "usableArea"),
            in.integer(occupancy, "occupancy"),
            managerName,
            managerPhone,
            false);
    in.check();
    return draft;
  }
}
