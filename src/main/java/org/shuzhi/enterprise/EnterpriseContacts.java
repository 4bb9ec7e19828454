package org.shuzhi.enterprise;

import java.util.Optional;

/**
 * The contact of an enterprise for urgent notices (the one-click response tells the enterprise an
 * incident concerns it). The phone is plaintext for sending only: callers show it masked and never
 * store it in plaintext.
 */
public interface EnterpriseContacts {

  /** The enterprise's contact person and phone, or empty when unknown or without a phone. */
  Optional<Contact> contact(String uscc);

  /**
   * @param enterpriseName the enterprise
   * @param person the legal representative, or null
   * @param phone the contact phone, plaintext
   */
  record Contact(String enterpriseName, String person, String phone) {}
}
