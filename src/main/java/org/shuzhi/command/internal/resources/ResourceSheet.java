package org.shuzhi.command.internal.resources;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.platform.Spreadsheets.Column;
import org.shuzhi.platform.Spreadsheets.SheetRow;

/**
 * The Excel layout of one registry: the import columns (the export adds {@link #extraColumns}), how
 * a row becomes a draft, the all-or-nothing import and the rows of an export.
 */
interface ResourceSheet<D> {

  /** URL segment and file name: teams, warehouses, stock, shelters, duty. */
  String name();

  /** Message key of the sheet's title. */
  String titleKey();

  List<Column> columns();

  default List<Column> extraColumns() {
    return List.of();
  }

  Parsed<D> parse(SheetRow row, Labels labels);

  List<RowProblems> importAll(List<Parsed<D>> rows, CurrentUser user);

  /** Rows of the export under the request's filters (same names as the list page). */
  void export(
      Map<String, String> filters, CurrentUser user, Labels labels, Consumer<List<Object>> rows);

  /** Enum labels in the user's language, and their parsing from names or zh/en labels. */
  interface Labels {
    String of(Enum<?> value);

    <E extends Enum<E>> E parse(Class<E> type, String text);
  }
}
