package org.shuzhi.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a signed-in user on the pending login steps (second factor, password change): every other
 * page redirects there, every other htmx/XHR call gets 403, until the steps are done.
 */
class PendingLoginStepsFilter extends OncePerRequestFilter {

  private static final Set<String> OPEN_PREFIXES =
      Set.of("/mfa", "/account/password", "/logout", "/css/", "/js/", "/webjars/", "/error");

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    Object pending = session == null ? null : session.getAttribute(LoginStep.SESSION_ATTRIBUTE);
    if (pending instanceof Set<?> steps && !steps.isEmpty()) {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      boolean open = OPEN_PREFIXES.stream().anyMatch(path::startsWith);
      if (!open) {
        LoginStep next = (LoginStep) steps.iterator().next();
        if (request.getHeader("HX-Request") != null) {
          response.setHeader("HX-Redirect", request.getContextPath() + next.path());
          response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } else {
          response.sendRedirect(request.getContextPath() + next.path());
        }
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
