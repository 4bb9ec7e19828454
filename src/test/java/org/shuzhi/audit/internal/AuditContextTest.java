package org.shuzhi.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class AuditContextTest {

  private final AuditContext context = new AuditContext();

  @AfterEach
  void clear() {
    RequestContextHolder.resetRequestAttributes();
    SecurityContextHolder.clearContext();
  }

  @Test
  void scheduledJobsAndLoadersAreRecordedAsSystem() {
    assertThat(context.currentActor()).isEqualTo(AuditActor.SYSTEM);
    assertThat(context.clientIp()).isNull();
  }

  @Test
  void anAnonymousRequestHasNoActorButItsAddress() {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setRemoteAddr("10.1.2.3");
    request.addHeader("X-Forwarded-For", "1.2.3.4");
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    assertThat(context.currentActor()).isEqualTo(AuditActor.NOBODY);
    assertThat(context.clientIp()).isEqualTo("10.1.2.3");
  }

  @Test
  void aSignedInUserIsTheActorWithTheirRole() {
    SecurityContextHolder.getContext()
        .setAuthentication(new TestingAuthenticationToken("wang", null, "ROLE_TOWN_STAFF"));
    AuditActor actor = context.currentActor();
    assertThat(actor).isNotIn(AuditActor.SYSTEM, AuditActor.NOBODY);
    assertThat(actor.toString()).contains("wang").contains("TOWN_STAFF");
  }
}
