package org.shuzhi.identity;

import java.util.Optional;

/** The user of the current request (page, htmx or API), resolved from the security context. */
public interface CurrentUsers {

  Optional<CurrentUser> find();

  /** The current user; throws {@code AccessDeniedException} when nobody is signed in. */
  CurrentUser require();
}
