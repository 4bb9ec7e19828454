package org.shuzhi.warning;

/**
 * Where a warning is in its lifecycle: DRAFT → PUBLISHED (CAP msgType Alert) → UPDATED (Update, any
 * number of times) → CANCELLED (Cancel). Only drafts are private.
 */
public enum WarningStatus {
  DRAFT,
  PUBLISHED,
  UPDATED,
  CANCELLED;

  /** Published and not cancelled: in force until it expires. */
  public boolean inForce() {
    return this == PUBLISHED || this == UPDATED;
  }

  /** Visible to everyone, without sign-in. */
  public boolean isPublic() {
    return this != DRAFT;
  }
}
