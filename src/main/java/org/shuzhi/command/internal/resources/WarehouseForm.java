package org.shuzhi.command.internal.resources;

import org.shuzhi.command.WarehouseDraft;
import org.shuzhi.command.internal.FormInput;

/** The warehouse form as typed; a blank phone on an edit keeps the stored one. */
record WarehouseForm(
    String name,
    String address,
    String lon,
    String lat,
    String managerName,
    String managerPhone,
    Integer version) {

  static WarehouseForm empty() {
    return new WarehouseForm(null, null, null, null, null, null, null);
  }

  static WarehouseForm of(WarehouseView w) {
    return new WarehouseForm(
        w.name(),
        w.address(),
        String.valueOf(w.lon()),
        String.valueOf(w.lat()),
        w.managerName(),
        null,
        w.version());
  }

  WarehouseDraft toDraft() {
    FormInput in = new FormInput();
    WarehouseDraft draft =
        new WarehouseDraft(
            name,
            address,
            in.number(lon, "lon"),
            in.number(lat, "lat"),
            managerName,
            managerPhone,
            false);
    in.check();
    return draft;
  }
}
