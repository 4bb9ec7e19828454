package org.shuzhi.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.EnumSet;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After the password: records in the session which steps are still due (second factor for the admin
 * roles, a password change when the password is initial or expired) and sends the user to the first
 * of them. Restores the language the user last picked.
 */
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

  private final PasswordPolicy passwordPolicy;
  private final Clock clock;

  private final AccountLanguages languages;
  private final LocaleResolver localeResolver;

  LoginSuccessHandler(
      PasswordPolicy passwordPolicy,
      Clock clock,
      AccountLanguages languages,
      LocaleResolver localeResolver) {
    this.passwordPolicy = passwordPolicy;
    this.clock = clock;
    this.languages = languages;
    this.localeResolver = localeResolver;
    setDefaultTargetUrl("/");
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException, jakarta.servlet.ServletException {
    EnumSet<LoginStep> steps = EnumSet.noneOf(LoginStep.class);
    if (authentication.getPrincipal() instanceof AccountPrincipal account) {
      // The pages open in the language the user last picked (also on another browser).
      languages
          .stored(account.getUsername())
          .ifPresent(l -> localeResolver.setLocale(request, response, l));
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
