package org.shuzhi.identity.internal;

/** What a user must still do after the password is accepted, before using the platform. */
enum LoginStep {
  /** Admin roles without a confirmed authenticator: enrol (QR code) first. */
  MFA_ENROL("/mfa/enrol"),
  /** Admin roles: enter the current TOTP code. */
  MFA_VERIFY("/mfa"),
  /** Initial or expired password. */
  PASSWORD_CHANGE("/account/password");

  static final String SESSION_ATTRIBUTE = "shuzhi.pendingLoginSteps";

  private final String path;

  LoginStep(String path) {
    this.path = path;
  }

  String path() {
    return path;
  }
}
