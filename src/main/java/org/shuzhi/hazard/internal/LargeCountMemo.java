package org.shuzhi.hazard.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Remembers for a minute which list queries (the SQL condition with its parameter values) matched
 * more rows than the count limit, so that paging through the district's whole list does not count
 * 10,000 rows again for every page: such a list does not fall below the limit in a minute in
 * practice, and if it did the page would say "more than 10,000" for at most that minute. Exact
 * counts (below the limit) are never remembered. Per node, bounded; nothing is shared.
 */
@Component
class LargeCountMemo {

  static final Duration TTL = Duration.ofMinutes(1);
  static final int MAX_ENTRIES = 1_000;

  private final Map<String, Instant> exceeded = new ConcurrentHashMap<>();
  private final Clock clock;

  LargeCountMemo(Clock clock) {
    this.clock = clock;
  }

  /** The memo key of a condition, its parameters and the limit. */
  static String key(String where, Map<String, Object> params, long limit) {
    StringBuilder key = new StringBuilder(where).append('|').append(limit);
    new TreeMap<>(params)
        .forEach(
            (name, value) ->
                key.append('|')
                    .append(name)
                    .append('=')
                    .append(
                        value instanceof Object[] array
                            ? Arrays.deepToString(array)
                            : String.valueOf(value)));
    return key.toString();
  }

  /** True when the query matched more than its limit less than {@link #TTL} ago. */
  boolean recentlyExceeded(String key) {
    Instant until = exceeded.get(key);
    if (until == null) {
      return false;
    }
    if (clock.instant().isBefore(until)) {
      return true;
    }
    exceeded.remove(key, until);
    return false;
  }

  void rememberExceeded(String key) {
    if (exceeded.size() >= MAX_ENTRIES) {
      exceeded.clear();
    }
    exceeded.put(key, clock.instant().plus(TTL));
  }
}
