package org.shuzhi.audit.internal;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a before/after state into JSON for the {@code jsonb} columns, without secrets: any property
 * whose name contains {@code password}, {@code passwd}, {@code secret}, {@code token} or {@code
 * credential} (ignoring case, {@code _} and {@code -}) is removed at every depth. Audit logs must
 * not hold authentication secrets (ASVS 16.2.5).
 */
@Component
class AuditStateSerializer {

  private static final List<String> SECRET_NAME_PARTS =
      List.of("password", "passwd", "secret", "token", "credential");

  private final JsonMapper jsonMapper;

  AuditStateSerializer(JsonMapper jsonMapper) {
    this.jsonMapper = jsonMapper;
  }

  /** The state as JSON text, or null for a null state. */
  String toJson(Object state) {
    if (state == null) {
      return null;
    }
    JsonNode tree = jsonMapper.valueToTree(state);
    stripSecrets(tree);
    return jsonMapper.writeValueAsString(tree);
  }

  static boolean isSecretName(String propertyName) {
    String normalised = propertyName.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    return SECRET_NAME_PARTS.stream().anyMatch(normalised::contains);
  }

  private static void stripSecrets(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.remove(
          object.propertyNames().stream().filter(AuditStateSerializer::isSecretName).toList());
    }
    if (node.isContainer()) {
      node.values().forEach(AuditStateSerializer::stripSecrets);
    }
  }
}
