package org.shuzhi.risk.internal.points;

import java.util.List;

/**
 * What an import did: the rows stored, or every problem (and nothing stored).
 *
 * @param imported rows stored
 * @param errors problems, row by row
 */
public record RiskImportReport(int imported, List<RiskImportReport.RowError> errors) {

  public boolean ok() {
    return errors.isEmpty();
  }

  /**
   * One problem of one row.
   *
   * @param row the row number in the sheet (1 = header)
   * @param column the column's header
   * @param message the problem in the user's language
   */
  public record RowError(int row, String column, String message) {}
}
