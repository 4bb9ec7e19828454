package org.shuzhi.monitoring.internal.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.InvalidInputException.Violation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rules to and from JSON (one rule, or the export document {@code {"format": "shuzhi.alarm-rules",
 * "formatVersion": 1, "rules": [...]}}). Durations are ISO-8601 ({@code PT10M}). Unknown properties
 * are refused rather than ignored, so a misspelt {@code higHigh} is reported instead of silently
 * dropping a limit. Problems come back as violations with the path of the field, like the
 * validator's.
 */
public class AlarmRuleJson {

  public static final String FORMAT = "shuzhi.alarm-rules";
  public static final int FORMAT_VERSION = 1;

  private static final String P = "monitoring.rule.json.";
  private static final String TYPES =
      "threshold, rateOfChange, heldFor, all, any, noData, floodLevel, rainstorm";

  private final JsonMapper mapper =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
          .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  /** The rule as pretty-printed JSON. */
  public String write(AlarmRule rule) {
    return mapper.writeValueAsString(rule);
  }

  /** The rule as a JSON tree (for audit states and API bodies). */
  public JsonNode tree(AlarmRule rule) {
    return mapper.valueToTree(rule);
  }

  /** The rules as an export document. */
  public String export(List<AlarmRule> rules, Instant exportedAt) {
    ObjectNode doc = mapper.createObjectNode();
    doc.put("format", FORMAT);
    doc.put("formatVersion", FORMAT_VERSION);
    doc.put("exportedAt", exportedAt.toString());
    ArrayNode array = doc.putArray("rules");
    rules.forEach(r -> array.add(tree(r)));
    return mapper.writeValueAsString(doc);
  }

  /** One rule from JSON; throws {@link InvalidInputException} when it cannot be read. */
  public AlarmRule read(String json) {
    JsonNode node = parse(json);
    List<Violation> problems = new ArrayList<>();
    AlarmRule rule = bind(node, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return rule;
  }

  /**
   * The rules of an export document, or of a plain array of rules, each bound on its own so that
   * one bad rule does not hide the problems of the others.
   *
   * @throws InvalidInputException when the document as a whole cannot be read
   */
  public List<ImportItem> readDocument(String json) {
    JsonNode root = parse(json);
    JsonNode rules = root;
    if (root.isObject()) {
      JsonNode format = root.get("format");
      if (format != null && !FORMAT.equals(format.asString(""))) {
        throw new InvalidInputException("format", P + "format", format.asString(""), FORMAT);
      }
      JsonNode version = root.get("formatVersion");
      if (version != null && version.asInt(-1) != FORMAT_VERSION) {
        throw new InvalidInputException(
            "formatVersion", P + "formatVersion", version.toString(), FORMAT_VERSION);
      }
      rules = root.get("rules");
    }
    if (rules == null || !rules.isArray()) {
      throw new InvalidInputException("rules", P + "noRules");
    }
    List<ImportItem> items = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      JsonNode node = rules.get(i);
      List<Violation> problems = new ArrayList<>();
      AlarmRule rule = bind(node, problems);
      JsonNode code = node.isObject() ? node.get("code") : null;
      items.add(
          new ImportItem(
              i, code != null && code.isString() ? code.asString() : null, rule, problems));
    }
    return items;
  }

  /**
   * One rule of an imported document.
   *
   * @param index position in the document, from 0
   * @param code its code as written, or null
   * @param rule the rule, or null when it could not be read
   * @param problems why it could not be read
   */
  public record ImportItem(int index, String code, AlarmRule rule, List<Violation> problems) {}

  private JsonNode parse(String json) {
    if (json == null || json.isBlank()) {
      throw new InvalidInputException(null, P + "empty");
    }
    try {
      return mapper.readTree(json);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      throw new InvalidInputException(
          null,
          P + "syntax",
          at == null ? 0 : at.getLineNr(),
          at == null ? 0 : at.getColumnNr(),
          e.getOriginalMessage());
    }
  }

  private AlarmRule bind(JsonNode node, List<Violation> problems) {
    if (node == null || !node.isObject()) {
      problems.add(new Violation(null, P + "notObject"));
      return null;
    }
    try {
      return mapper.treeToValue(node, AlarmRule.class);
    } catch (JacksonException e) {
      problems.add(violation(e));
      return null;
    }
  }

  private static Violation violation(JacksonException e) {
    String path = path(e);
    if (e instanceof UnrecognizedPropertyException u) {
      return new Violation(path, P + "unknownProperty", u.getPropertyName());
    }
    if (e instanceof InvalidTypeIdException t && t.getTypeId() == null) {
      return new Violation(path, P + "missingType", TYPES);
    }
    if (e instanceof InvalidTypeIdException t) {
      return new Violation(path, P + "unknownType", t.getTypeId(), TYPES);
    }
    if (e instanceof InvalidFormatException f) {
      if (f.getTargetType() != null && f.getTargetType().isEnum()) {
        return new Violation(
            path,
            P + "unknownValue",
            String.valueOf(f.getValue()),
            Arrays.stream(f.getTargetType().getEnumConstants())
                .map(String::valueOf)
                .collect(Collectors.joining(", ")));
      }
      return new Violation(path, P + "badValue", String.valueOf(f.getValue()));
    }
    return new Violation(path, P + "invalid", e.getOriginalMessage());
  }

  private static String path(JacksonException e) {
    StringBuilder b = new StringBuilder();
    for (JacksonException.Reference r : e.getPath()) {
      if (r.getPropertyName() != null) {
        if (!b.isEmpty()) {
          b.append('.');
        }
        b.append(r.getPropertyName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.isEmpty() ? null : b.toString();
  }
}
