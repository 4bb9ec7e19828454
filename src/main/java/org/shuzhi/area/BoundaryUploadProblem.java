package org.shuzhi.area;

import java.util.List;

/**
 * One problem found in an uploaded boundary file, as a message key so that the caller can show it
 * in the user's language.
 *
 * @param featureNumber 1-based position of the feature in the file, or null for a problem with the
 *     file as a whole
 * @param featureLabel what the feature calls itself ("code name"), or null
 * @param messageKey message key in {@code i18n/area}
 * @param args message arguments
 */
public record BoundaryUploadProblem(
    Integer featureNumber, String featureLabel, String messageKey, List<String> args) {

  public BoundaryUploadProblem {
    args = List.copyOf(args);
  }

  public static BoundaryUploadProblem ofFile(String messageKey, String... args) {
    return new BoundaryUploadProblem(null, null, messageKey, List.of(args));
  }
}
