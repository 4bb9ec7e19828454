package org.shuzhi.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls carrying {@code Authorization: Bearer <token>}. A forged, expired or
 * revoked token is answered 401 at once (not silently treated as anonymous), with a problem body.
 */
class BearerTokenFilter extends OncePerRequestFilter {

  private final ApiTokens tokens;
  private final UserDetailsService users;

  BearerTokenFilter(ApiTokens tokens, UserDetailsService users) {
    this.tokens = tokens;
    this.users = users;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      chain.doFilter(request, response);
      return;
    }
    var holder = tokens.resolve(header.substring(7).trim());
    AccountPrincipal principal =
        holder
            .filter(h -> "USER".equals(h.kind()))
            .map(h -> (AccountPrincipal) users.loadUserByUsername(h.username()))
            .filter(p -> p.isEnabled() && p.isAccountNonLocked())
            .orElse(null);
    if (principal == null) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setContentType("application/problem+json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                  + "\"detail\":\"Token invalid or expired / 令牌无效或已过期\"}");
      return;
    }
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(new TokenAuthentication(principal));
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  /** Authentication by token; distinct from a password login so no login event is recorded. */
  static final class TokenAuthentication extends AbstractAuthenticationToken {
    private final AccountPrincipal principal;

    TokenAuthentication(AccountPrincipal principal) {
      super(principal.getAuthorities());
      this.principal = principal;
      setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
      return null;
    }

    @Override
    public Object getPrincipal() {
      return principal;
    }
  }
}
