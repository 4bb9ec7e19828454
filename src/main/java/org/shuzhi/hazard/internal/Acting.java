package org.shuzhi.hazard.internal;

import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.DataScope;

/**
 * Who acts on hazards: the workflow's view of them, the records they may see, and whether they are
 * a trusted loader (the demo) rather than a signed-in person, whose audit rows name them
 * explicitly.
 */
record Acting(String username, HazardWorkflow.Actor actor, DataScope scope, boolean loader) {

  static Acting of(CurrentUser user) {
    DataScope scope = user.scope();
    return new Acting(
        user.username(),
        new HazardWorkflow.Actor(
            user.role(),
            user.department(),
            scope.townCodes(),
            scope.gridIds(),
            scope.enterpriseUscc()),
        scope,
        false);
  }
}
