package org.shuzhi.command.internal.resources;

import org.shuzhi.command.StockDraft;
import org.shuzhi.command.internal.FormInput;

/**
 * The stock-line form of a warehouse as typed: item, quantity held, minimum stock, expiry date. A
 * line of an item the warehouse already holds is set to these values (one line per item).
 */
record StockForm(String itemCode, String quantity, String minimumStock, String expiryDate) {

  static StockForm empty() {
    return new StockForm(null, null, "0", null);
  }

  static StockForm of(StockView s) {
    return new StockForm(
        s.itemCode(),
        String.valueOf(s.quantity()),
        String.valueOf(s.minimumStock()),
        s.expiryDate() == null ? null : s.expiryDate().toString());
  }

  StockDraft toDraft(long warehouseId) {
    FormInput in = new FormInput();
    StockDraft draft =
        new StockDraft(
            warehouseId,
            itemCode,
            in.whole(quantity, "quantity"),
            in.whole(minimumStock, "minimumStock"),
            in.date(expiryDate, "expiryDate"));
    in.check();
    return draft;
  }
}
