package org.shuzhi.enterprise;

/**
 * A search of the registry; all filters optional.
 *
 * @param text part of the name, or a whole USCC
 * @param townCode NBS 9-digit town code
 * @param industryPrefix GB/T 4754 code prefix, e.g. {@code C28} for chemical fibres
 * @param aboveScale only 规上 (true) or only 规下 (false)
 * @param page zero-based page
 * @param size page size (capped at 200)
 */
public record EnterpriseQuery(
    String text, String townCode, String industryPrefix, Boolean aboveScale, int page, int size) {

  public EnterpriseQuery {
    page = Math.max(0, page);
    size = size <= 0 ? 20 : Math.min(size, 200);
    text = blankToNull(text);
    townCode = blankToNull(townCode);
    industryPrefix = blankToNull(industryPrefix);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
