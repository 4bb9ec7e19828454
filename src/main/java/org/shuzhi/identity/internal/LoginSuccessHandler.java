package org.shuzhi.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.EnumSet;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After the password: records in the session which steps are still due (second factor for the admin
 * roles, a password change when the password is initial or expired) and sends the user to the first
 * of them.
 */
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

  private final PasswordPolicy passwordPolicy;
  private final Clock clock;

  LoginSuccessHandler(PasswordPolicy passwordPolicy, Clock clock) {
    this.passwordPolicy = passwordPolicy;
    this.clock = clock;
    setDefaultTargetUrl("/");
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException, jakarta.servlet.ServletException {
    EnumSet<LoginStep> steps = EnumSet.noneOf(LoginStep.class);
    if (authentication.getPrincipal() instanceof AccountPrincipal account) {
      if (account.role().admin()) {
        steps.add(account.totpConfirmed() ? LoginStep.MFA_VERIFY : LoginStep.MFA_ENROL);
      }
      if (account.mustChangePassword()
          || passwordPolicy.expired(account.passwordChangedAt(), clock.instant())) {
        steps.add(LoginStep.PASSWORD_CHANGE);
      }
    }
    if (steps.isEmpty()) {
      request.getSession().removeAttribute(LoginStep.SESSION_ATTRIBUTE);
      super.onAuthenticationSuccess(request, response, authentication);
    } else {
      request.getSession().setAttribute(LoginStep.SESSION_ATTRIBUTE, steps);
      getRedirectStrategy().sendRedirect(request, response, steps.iterator().next().path());
    }
  }
}
