package org.shuzhi.warning;

import java.util.List;
import java.util.Optional;
import org.shuzhi.identity.CurrentUser;

/**
 * Issuing warnings (预警) — the API other modules (e.g. command's one-click response) call. Every
 * write checks the user's rights, validates the content (a refusal is an {@code
 * InvalidInputException} or {@code ConflictException} and changes nothing), keeps history and
 * writes an audit entry.
 */
public interface Warnings {

  /** Saves a new draft. */
  WarningView draft(WarningDraft draft, CurrentUser user);

  /** Publishes a draft: sends CAP msgType Alert. */
  WarningView publish(long id, CurrentUser user);

  /** Drafts and publishes in one step. */
  WarningView issue(WarningDraft draft, CurrentUser user);

  /** Changes a published warning: sends CAP msgType Update referencing the earlier messages. */
  WarningView update(long id, WarningDraft draft, CurrentUser user);

  /** Cancels a published warning: sends CAP msgType Cancel. */
  WarningView cancel(long id, String reason, CurrentUser user);

  /** A warning the user may see (published ones are public: user may be empty). */
  Optional<WarningView> find(long id, Optional<CurrentUser> user);

  /** The warnings in force now (published or updated, not expired), newest first. */
  List<WarningView> inForce();
}
