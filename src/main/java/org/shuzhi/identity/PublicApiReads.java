package org.shuzhi.identity;

import java.util.List;

/**
 * API paths (Spring path patterns under {@code /api/}) that a module opens to GET without sign-in
 * (declare it as a bean). A Bearer token, when sent, still authenticates the caller, so the
 * controller decides what an anonymous caller may see: e.g. published warnings but not drafts.
 *
 * @param patterns path patterns, e.g. {@code /api/v1/warnings/feed}
 */
public record PublicApiReads(List<String> patterns) {
  public PublicApiReads {
    patterns = List.copyOf(patterns);
  }
}
