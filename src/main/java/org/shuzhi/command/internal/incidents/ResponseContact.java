package org.shuzhi.command.internal.incidents;

/**
 * A person the one-click response notifies by name, as the proposal and the timeline show them (the
 * phone masked; the plaintext stays on the server).
 *
 * @param name the person
 * @param unit what they answer for: a department code, a town's name, or the enterprise's name
 * @param duty {@code LEADER} / {@code OFFICER} for people on duty, {@code ENTERPRISE} for an
 *     enterprise's contact
 * @param phoneMasked their phone, masked
 * @param account their account when the roster names one (notified in the app), else null (SMS)
 */
public record ResponseContact(
    String name, String unit, String duty, String phoneMasked, String account) {

  /** How the person is reached: {@code IN_APP} with an account, else {@code SMS}. */
  public String channel() {
    return account != null ? "IN_APP" : "SMS";
  }

  /**
   * One line for the timeline, in no particular language: who and how — {@code @account} in the
   * app, {@code ☎ masked phone} by SMS — never the full phone.
   */
  String describe() {
    return unit + " " + name + " " + (account != null ? "@" + account : "☎" + phoneMasked);
  }
}
