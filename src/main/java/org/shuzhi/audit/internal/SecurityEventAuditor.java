package org.shuzhi.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInvocation;
import org.shuzhi.audit.AuditAction;
import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditOutcome;
import org.shuzhi.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureCredentialsExpiredEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureExpiredEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Writes Spring Security's authentication, logout and authorisation events to the trail: every
 * authentication attempt (ASVS 16.3.1) and every failed authorisation (ASVS 16.3.2). Synchronous,
 * so the row is written before the response leaves.
 */
@Component
class SecurityEventAuditor {

  private final AuditTrail trail;
  private final AuditContext context;
  private final AuthenticationTrustResolver trustResolver = new AuthenticationTrustResolverImpl();

  SecurityEventAuditor(AuditTrail trail, AuditContext context) {
    this.trail = trail;
    this.context = context;
  }

  /**
   * One LOGIN_SUCCESS per login. Only a {@link UsernamePasswordAuthenticationToken} counts: that is
   * what the form login and the token endpoint authenticate, whereas bearer-token API calls are
   * authenticated again on every request with another token type and must not add a row per call.
   * The {@code InteractiveAuthenticationSuccessEvent} that the login filter publishes for the same
   * login is a different event type (not a subclass), so it is not recorded a second time.
   */
  @EventListener
  void onSuccess(AuthenticationSuccessEvent event) {
    Authentication authentication = event.getAuthentication();
    if (!(authentication instanceof UsernamePasswordAuthenticationToken)) {
      return;
    }
    AuditActor actor = AuditActor.of(authentication);
    trail.record(AuditEntry.of(AuditAction.LOGIN_SUCCESS).asActor(actor.name(), actor.role()));
  }

  /**
   * Nobody is signed in yet, so the attempted user name is the actor. In a new transaction: the
   * login policy may roll its own transaction back on failure, the audit row must stay.
   */
  @EventListener
  void onFailure(AbstractAuthenticationFailureEvent event) {
    Authentication attempt = event.getAuthentication();
    trail.recordIndependently(
        AuditEntry.of(AuditAction.LOGIN_FAILURE)
            .withOutcome(AuditOutcome.FAILURE)
            .withDetail(failureType(event))
            .asActor(attempt == null ? null : attempt.getName(), null));
  }

  @EventListener
  void onLogout(LogoutSuccessEvent event) {
    AuditActor actor = AuditActor.of(event.getAuthentication());
    trail.record(AuditEntry.of(AuditAction.LOGOUT).asActor(actor.name(), actor.role()));
  }

  /**
   * Published only when an {@code AuthorizationEventPublisher} bean exists. Anonymous denials are
   * skipped: they are the normal redirect to the login page and would flood the trail.
   */
  @EventListener
  void onDenied(AuthorizationDeniedEvent<?> event) {
    Authentication authentication = event.getAuthentication().get();
    if (authentication == null
        || trustResolver.isAnonymous(authentication)
        || !authentication.isAuthenticated()) {
      return;
    }
    AuditActor actor = AuditActor.of(authentication);
    trail.recordIndependently(
        AuditEntry.of(AuditAction.ACCESS_DENIED)
            .withOutcome(AuditOutcome.DENIED)
            .withDetail(describe(event.getObject()))
            .asActor(actor.name(), actor.role()));
  }

  /** Which failure, as a stable code; the exception message is not stored (it may echo input). */
  private static String failureType(AbstractAuthenticationFailureEvent event) {
    if (event instanceof AuthenticationFailureBadCredentialsEvent) {
      return "BAD_CREDENTIALS";
    }
    if (event instanceof AuthenticationFailureLockedEvent) {
      return "LOCKED";
    }
    if (event instanceof AuthenticationFailureDisabledEvent) {
      return "DISABLED";
    }
    if (event instanceof AuthenticationFailureExpiredEvent) {
      return "ACCOUNT_EXPIRED";
    }
    if (event instanceof AuthenticationFailureCredentialsExpiredEvent) {
      return "CREDENTIALS_EXPIRED";
    }
    return event.getException().getClass().getSimpleName();
  }

  /**
   * The method and path of the denied request (without the query string, which may carry personal
   * data, ASVS 14.2.1), plus the method for a method-security denial.
   */
  private String describe(Object secured) {
    HttpServletRequest request =
        secured instanceof HttpServletRequest r ? r : context.currentRequest().orElse(null);
    String path = request == null ? null : request.getMethod() + " " + request.getRequestURI();
    String method =
        secured instanceof MethodInvocation invocation
            ? invocation.getMethod().getDeclaringClass().getSimpleName()
                + "."
                + invocation.getMethod().getName()
            : null;
    if (path == null) {
      return method != null ? method : secured == null ? null : secured.getClass().getSimpleName();
    }
    return method == null ? path : path + " (" + method + ")";
  }
}
