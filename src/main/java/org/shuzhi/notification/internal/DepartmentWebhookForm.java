package org.shuzhi.notification.internal;

import java.util.List;

/** The department-webhook form as entered (public: templates read it). */
public record DepartmentWebhookForm(
    String department, String url, String secret, String minSeverity, List<String> kinds) {

  public DepartmentWebhookForm {
    kinds = kinds == null ? List.of() : List.copyOf(kinds);
  }

  static DepartmentWebhookForm blank() {
    return new DepartmentWebhookForm("EMERGENCY", null, null, "YELLOW", List.of("ALARM"));
  }

  public boolean hasKind(String kind) {
    return kinds.contains(kind);
  }
}
