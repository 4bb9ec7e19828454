package org.shuzhi.command.internal.resources;

import java.util.List;

/**
 * One page of a registry list.
 *
 * @param items the rows of this page
 * @param total rows matching the filter in the caller's scope
 * @param page 0-based page number
 * @param size rows per page
 */
public record Page<T>(List<T> items, long total, int page, int size) {

  public int pages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  static int size(int size) {
    return Math.max(1, Math.min(size, 200));
  }
}
