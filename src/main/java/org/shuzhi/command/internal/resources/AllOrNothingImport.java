package org.shuzhi.command.internal.resources;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.shuzhi.platform.InvalidInputException.Violation;

/**
 * The import step the registries share: every row is validated (parse problems, the registry's own
 * rules, then {@code checks} on a valid row), and only when no row has a problem are all rows
 * stored — a department's file goes in whole or not at all.
 */
final class AllOrNothingImport {

  private AllOrNothingImport() {}

  /**
   * @param validate the registry's validation: the row, adding what is wrong to the list
   * @param checks further checks of a row that passed validation (scope, duplicates in the file)
   * @param store stores one row; called for every row only when none has a problem
   * @return the problems per row index, empty when everything was stored
   */
  static <D, R> List<RowProblems> run(
      List<Parsed<D>> rows,
      BiFunction<D, List<Violation>, R> validate,
      BiConsumer<R, List<Violation>> checks,
      Consumer<R> store) {
    List<RowProblems> problems = new ArrayList<>();
    List<R> valid = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      List<Violation> rowProblems = new ArrayList<>(rows.get(i).problems());
      List<Violation> found = new ArrayList<>();
      R row = validate.apply(rows.get(i).draft(), found);
      rowProblems.addAll(found);
      if (found.isEmpty()) {
        checks.accept(row, rowProblems);
      }
      if (rowProblems.isEmpty()) {
        valid.add(row);
      } else {
        problems.add(new RowProblems(i, rowProblems));
      }
    }
    if (problems.isEmpty()) {
      valid.forEach(store);
    }
    return problems;
  }
}
