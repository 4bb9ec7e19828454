package org.shuzhi.platform;

import java.util.List;

/**
 * What an all-or-nothing Excel import did (shared by every registry's import page and API): the
 * rows stored, or every problem (and nothing stored).
 *
 * @param imported rows stored
 * @param errors problems, row by row
 */
public record ImportReport(int imported, List<ImportReport.RowError> errors) {

  public boolean ok() {
    return errors.isEmpty();
  }

  /**
   * One problem of one row, ready to show.
   *
   * @param row the row number in the sheet (1 = header)
   * @param column the column's header
   * @param message the problem in the user's language
   */
  public record RowError(int row, String column, String message) {}
}
