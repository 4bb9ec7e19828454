package org.shuzhi.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.shuzhi.identity.Role;

class NoticeTest {

  private static Notice withLink(String link) {
    return Notice.of(NoticeKind.ALARM, "k", Severity.RED, null, "t", null, link, Instant.EPOCH);
  }

  @Test
  void linksArePathsOfThisApplicationOnly() {
    assertThat(withLink("/monitoring/alarms/1").link()).isEqualTo("/monitoring/alarms/1");
    assertThat(withLink(null).link()).isNull();
    for (String bad : new String[] {"https://evil.example", "//evil.example", "/\\evil.example"}) {
      assertThatThrownBy(() -> withLink(bad)).isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(
            () ->
                Notice.of(
                    NoticeKind.ALARM, " ", Severity.RED, null, "t", null, null, Instant.EPOCH))
        .hasMessageContaining("key");
  }

  @Test
  void recipientsRoundTripThroughTheirStoredForm() {
    for (Recipient r :
        new Recipient[] {
          Recipient.user("alice"),
          Recipient.role(Role.TOWN_STAFF),
          Recipient.role(Role.DEPARTMENT_STAFF, "EMERGENCY"),
          Recipient.department("EMERGENCY")
        }) {
      assertThat(Recipient.parse(r.text())).isEqualTo(r);
    }
    assertThat(Recipient.role(Role.DEPARTMENT_STAFF, "EMERGENCY").text())
        .isEqualTo("role:DEPARTMENT_STAFF:EMERGENCY");
    assertThatThrownBy(() -> new Recipient(Recipient.Kind.ROLE, "CHIEF", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(withLink(null).withRecipients(Recipient.user("a"), Recipient.user("a")).recipients())
        .hasSize(1);
  }
}
