package org.shuzhi.identity;

/** Opening accounts from other modules (the demo district). */
public interface Accounts {

  /** Opens an account; a duplicate username is a conflict. */
  void open(NewAccount account);

  boolean exists(String username);

  /** Generates a random password that satisfies the password policy. */
  String generatePassword();
}
