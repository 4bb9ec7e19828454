package org.shuzhi.efficiency.internal;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an evaluation run stands in the publication workflow (issue 6 point 3; economy.md §1:
 * results are published after a publicity period, 公示, in which enterprises may object). The allowed
 * moves are the same as in the {@code efficiency_run_guard} trigger (V46_0).
 */
enum RunStatus {
  /** Computed, not yet submitted; the only state in which results may change. */
  DRAFT,
  /** Submitted for review by the bureau. */
  REVIEW,
  /** On public display (公示) for the year's publicity period; enterprises may object. */
  PUBLICITY,
  /** Final: the version standing for the year. */
  PUBLISHED,
  /** Was published, replaced by a newer published version. */
  SUPERSEDED,
  /** Dropped before publication (a wrong draft, or a version answered by a re-run). */
  DISCARDED;

  /** The states this one may move to. */
  Set<RunStatus> next() {
    return switch (this) {
      case DRAFT -> EnumSet.of(REVIEW, DISCARDED);
      case REVIEW -> EnumSet.of(PUBLICITY, DISCARDED);
      case PUBLICITY -> EnumSet.of(PUBLISHED, DISCARDED);
      case PUBLISHED -> EnumSet.of(SUPERSEDED);
      case SUPERSEDED, DISCARDED -> EnumSet.noneOf(RunStatus.class);
    };
  }

  /** The moves a person may ask for; SUPERSEDED only follows from publishing a newer version. */
  Set<RunStatus> requestable() {
    Set<RunStatus> next = EnumSet.noneOf(RunStatus.class);
    next.addAll(next());
    next.remove(SUPERSEDED);
    return next;
  }

  static RunStatus parse(String name) {
    if (name == null) {
      return null;
    }
    try {
      return valueOf(name.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
