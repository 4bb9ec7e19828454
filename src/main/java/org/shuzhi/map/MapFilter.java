package org.shuzhi.map;

/**
 * The map's filter, passed to every layer; a layer ignores what does not apply to it.
 *
 * @param townCode NBS 9-digit town code, or null for all
 * @param category a layer-specific category, e.g. a GB/T 4754 industry prefix for enterprises
 */
public record MapFilter(String townCode, String category) {
  public MapFilter {
    townCode = townCode == null || townCode.isBlank() ? null : townCode.trim();
    category = category == null || category.isBlank() ? null : category.trim();
  }
}
