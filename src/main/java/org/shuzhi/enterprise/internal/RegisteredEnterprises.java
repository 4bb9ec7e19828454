package org.shuzhi.enterprise.internal;

import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.identity.KnownEnterprises;
import org.springframework.stereotype.Component;

/**
 * Tells identity which enterprises exist, so enterprise users can be bound to one (identity cannot
 * call {@link EnterpriseDirectory} itself without a module cycle).
 */
@Component
class RegisteredEnterprises implements KnownEnterprises {

  private final EnterpriseDirectory directory;

  RegisteredEnterprises(EnterpriseDirectory directory) {
    this.directory = directory;
  }

  @Override
  public boolean registered(String uscc) {
    return directory.byUscc(uscc).isPresent();
  }
}
