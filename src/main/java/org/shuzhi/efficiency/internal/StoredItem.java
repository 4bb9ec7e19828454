package org.shuzhi.efficiency.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One scored indicator of a stored result. efficiency_result keeps a result's items as four
 * parallel arrays (item_codes, item_values, item_benchmarks, item_scores, in that order); run
 * results, reports and exports all read them back through {@link #fromArrays}.
 */
public record StoredItem(String code, Double value, double benchmark, double score) {

  /** The four item arrays in the order {@link #fromArrays} reads them. */
  public static final String COLUMNS =
      "r.item_codes, r.item_values, r.item_benchmarks, r.item_scores";

  /** The items of the current row, whose four item arrays start at column {@code first}. */
  public static List<StoredItem> fromArrays(ResultSet rs, int first) throws SQLException {
    String[] codes = (String[]) rs.getArray(first).getArray();
    Double[] values = (Double[]) rs.getArray(first + 1).getArray();
    Double[] benchmarks = (Double[]) rs.getArray(first + 2).getArray();
    Double[] scores = (Double[]) rs.getArray(first + 3).getArray();
    List<StoredItem> items = new ArrayList<>(codes.length);
    for (int k = 0; k < codes.length; k++) {
      items.add(new StoredItem(codes[k], values[k], benchmarks[k], scores[k]));
    }
    return items;
  }
}
