package org.shuzhi.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The signed-in user and the client address of the current request, for the audit row. */
@Component
class AuditContext {

  private final AuthenticationTrustResolver trustResolver = new AuthenticationTrustResolverImpl();

  /**
   * The signed-in user; {@link AuditActor#NOBODY} for an anonymous request, {@link
   * AuditActor#SYSTEM} outside any request (start-up loaders, scheduled jobs).
   */
  AuditActor currentActor() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || trustResolver.isAnonymous(authentication)) {
      return currentRequest().isPresent() ? AuditActor.NOBODY : AuditActor.SYSTEM;
    }
    return AuditActor.of(authentication);
  }

  /**
   * The peer address of the current request, or null outside a request (scheduled jobs).
   *
   * <p>Deliberately {@code getRemoteAddr()} and never {@code X-Forwarded-For} or {@code X-Real-IP}:
   * clients can set those headers freely (ASVS 4.1.3). Forwarded headers are honoured only by
   * Boot's {@code server.forward-headers-strategy} when it is configured behind a trusted proxy,
   * and then they already show up here as the remote address.
   */
  String clientIp() {
    return currentRequest().map(HttpServletRequest::getRemoteAddr).orElse(null);
  }

  Optional<HttpServletRequest> currentRequest() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs
        ? Optional.of(attrs.getRequest())
        : Optional.empty();
  }
}
