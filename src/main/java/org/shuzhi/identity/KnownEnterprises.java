package org.shuzhi.identity;

/**
 * Whether an enterprise is in the registry, so an enterprise user can be bound to it. Implemented
 * by the enterprise module: identity cannot call {@code EnterpriseDirectory} itself, because the
 * enterprise module depends on identity and the modules may not form a cycle.
 */
public interface KnownEnterprises {

  /** True when an enterprise with this USCC (统一社会信用代码) is registered. */
  boolean registered(String uscc);
}
