package org.shuzhi.command.internal.resources;

import org.shuzhi.command.SupplyItemDraft;

/** The catalogue-item form as typed (the code is fixed once the item exists). */
record SupplyItemForm(String code, String name, String unit, String category) {

  static SupplyItemForm empty() {
    return new SupplyItemForm(null, null, null, null);
  }

  static SupplyItemForm of(SupplyItem i) {
    return new SupplyItemForm(i.code(), i.name(), i.unit(), i.category());
  }

  SupplyItemDraft toDraft() {
    return new SupplyItemDraft(code, name, unit, category);
  }
}
