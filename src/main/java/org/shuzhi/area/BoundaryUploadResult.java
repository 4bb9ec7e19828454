package org.shuzhi.area;

import java.util.List;

/**
 * Outcome of a town boundary upload: either every listed town was replaced and there are no
 * problems, or nothing changed and {@code problems} says why.
 *
 * @param replacedTownCodes NBS 9-digit codes of the replaced towns (empty when rejected)
 * @param problems every problem found, feature by feature (empty when accepted)
 */
public record BoundaryUploadResult(
    List<String> replacedTownCodes, List<BoundaryUploadProblem> problems) {

  public BoundaryUploadResult {
    replacedTownCodes = List.copyOf(replacedTownCodes);
    problems = List.copyOf(problems);
  }

  public boolean accepted() {
    return problems.isEmpty();
  }

  public static BoundaryUploadResult rejected(List<BoundaryUploadProblem> problems) {
    return new BoundaryUploadResult(List.of(), problems);
  }
}
