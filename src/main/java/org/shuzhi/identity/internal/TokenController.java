package org.shuzhi.identity.internal;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import org.shuzhi.platform.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/auth/token}: a short-lived Bearer token with the account's own rights. */
@RestController
class TokenController {

  record TokenRequest(@NotBlank String username, @NotBlank String password, String totp) {}

  record TokenResponse(String token, Instant expiresAt) {}

  private final AuthenticationManager authentication;
  private final AccountService accounts;
  private final ApiTokens tokens;
  private final SecurityPolicyProperties policy;
  private final IdentityAudit audit;

  TokenController(
      AuthenticationManager authentication,
      AccountService accounts,
      ApiTokens tokens,
      SecurityPolicyProperties policy,
      IdentityAudit audit) {
    this.authentication = authentication;
    this.accounts = accounts;
    this.tokens = tokens;
    this.policy = policy;
    this.audit = audit;
  }

  @Operation(summary = "Exchange username and password (and TOTP for admin roles) for a token")
  @PostMapping("/api/v1/auth/token")
  TokenResponse issue(@Valid @RequestBody TokenRequest request) {
    // Same authentication path as the form: lockout and audit apply to scripts too.
    var auth =
        authentication.authenticate(
            UsernamePasswordAuthenticationToken.unauthenticated(
                request.username(), request.password()));
    AccountPrincipal principal = (AccountPrincipal) auth.getPrincipal();
    if (principal.role().admin() && !accounts.verifyTotp(principal.getUsername(), request.totp())) {
      throw new InvalidInputException("totp", "identity.mfa.codeWrong");
    }
    var issued = tokens.issueForUser(principal.getUsername(), policy.apiTokenLifetime());
    audit.tokenIssued(principal.getUsername());
    return new TokenResponse(issued.token(), issued.expiresAt());
  }

  @ExceptionHandler(AuthenticationException.class)
  @ResponseStatus(HttpStatus.UNAUTHORIZED)
  org.springframework.http.ProblemDetail failed(AuthenticationException e) {
    var problem = org.springframework.http.ProblemDetail.forStatus(HttpStatus.UNAUTHORIZED);
    problem.setDetail("Bad credentials or account locked / 用户名或密码错误，或账户已锁定");
    return problem;
  }
}
