package org.shuzhi.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import tools.jackson.databind.json.JsonMapper;

class AuditStateSerializerTests {

  private final JsonMapper mapper = JsonMapper.builder().build();
  private final AuditStateSerializer serializer = new AuditStateSerializer(mapper);

  record Account(String username, String passwordHash, String totpSecret, int failedLogins) {}

  @Test
  void recordsAreSerialisedWithoutTheirSecrets() {
    String json = serializer.toJson(new Account("li.grid", "{bcrypt}xyz", "JBSW", 2));

    assertThat(mapper.readTree(json))
        .isEqualTo(mapper.readTree("{\"username\":\"li.grid\",\"failedLogins\":2}"));
  }

  @Test
  void secretsAreRemovedAtEveryDepthWhateverTheirSpelling() {
    String json =
        serializer.toJson(
            Map.of(
                "items",
                List.of(Map.of("API_TOKEN", "a", "Pass-Word", "b", "kept", "c")),
                "nested",
                Map.of("clientCredentials", "d", "passwd", "e")));

    assertThat(json).contains("kept").doesNotContain("\"a\"", "\"b\"", "\"d\"", "\"e\"");
  }

  @Test
  void nullStaysNullAndScalarsAreKept() {
    assertThat(serializer.toJson(null)).isNull();
    assertThat(serializer.toJson("plain")).isEqualTo("\"plain\"");
  }

  @Test
  void theRoleIsTheFirstRoleAuthorityWithoutPrefix() {
    var authentication =
        UsernamePasswordAuthenticationToken.authenticated(
            "wang", null, AuthorityUtils.createAuthorityList("FACTOR_PASSWORD", "ROLE_TOWN_STAFF"));

    assertThat(AuditActor.of(authentication)).isEqualTo(new AuditActor("wang", "TOWN_STAFF"));
    assertThat(AuditActor.of(null)).isEqualTo(AuditActor.NOBODY);
  }
}
