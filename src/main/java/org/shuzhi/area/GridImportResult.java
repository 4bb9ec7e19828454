package org.shuzhi.area;

import java.util.List;

/**
 * Outcome of a grid import: either every feature was applied and there are no problems, or nothing
 * changed and {@code problems} says why, feature by feature.
 *
 * @param createdCodes codes of the new grids, in file order (empty when rejected)
 * @param updatedCodes codes of the replaced grids, in file order (empty when rejected)
 * @param createdCommunities names of communities created for the file (empty when rejected)
 * @param problems every problem found (empty when accepted)
 */
public record GridImportResult(
    List<String> createdCodes,
    List<String> updatedCodes,
    List<String> createdCommunities,
    List<BoundaryUploadProblem> problems) {

  public GridImportResult {
    createdCodes = List.copyOf(createdCodes);
    updatedCodes = List.copyOf(updatedCodes);
    createdCommunities = List.copyOf(createdCommunities);
    problems = List.copyOf(problems);
  }

  public boolean accepted() {
    return problems.isEmpty();
  }

  public static GridImportResult rejected(List<BoundaryUploadProblem> problems) {
    return new GridImportResult(List.of(), List.of(), List.of(), problems);
  }
}
