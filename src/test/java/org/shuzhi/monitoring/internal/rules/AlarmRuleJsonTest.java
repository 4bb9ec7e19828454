package org.shuzhi.monitoring.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.springframework.context.support.ResourceBundleMessageSource;

class AlarmRuleJsonTest {

  final AlarmRuleJson json = new AlarmRuleJson();

  @Test
  void everySampleRuleSurvivesTheRoundTrip() {
    for (AlarmRule rule : SampleRules.all()) {
      assertThat(json.read(json.write(rule))).as(rule.code()).isEqualTo(rule);
    }
  }

  @Test
  void theDocumentedShapeReads() {
    String text =
        """
        {
          "code": "GAS-LEL",
          "name": "可燃气体浓度超限",
          "scope": {"deviceKind": "COMBUSTIBLE_GAS"},
          "severity": "YELLOW",
          "clearDelay": "PT30S",
          "condition": {
            "type": "heldFor",
            "duration": "PT10S",
            "condition": {
              "type": "threshold",
              "channel": "lel",
              "high": {"value": 25, "severity": "ORANGE"},
              "highHigh": {"value": 50, "severity": "RED"}
            }
          }
        }
        """;
    assertThat(json.read(text)).isEqualTo(SampleRules.gas());
  }

  @Test
  void writtenJsonLeavesOutAbsentLimitsAndUsesIsoDurations() {
    String text = json.write(SampleRules.gas());
    assertThat(text)
        .contains("\"clearDelay\" : \"PT30S\"")
        .doesNotContain("low")
        .doesNotContain("null");
  }

  @Test
  void problemsNameTheFieldAndReadInBothLanguages() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("i18n/monitoring-rules");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    Violation misspelt =
        problem(
            "{\"code\":\"A\",\"condition\":{\"type\":\"threshold\",\"channel\":\"lel\",\"higHigh\":{\"value\":1}}}");
    assertThat(misspelt.field()).isEqualTo("condition.higHigh");
    assertThat(messages.getMessage(misspelt.messageKey(), misspelt.arguments(), Locale.ENGLISH))
        .isEqualTo("Unknown field \"higHigh\"");
    assertThat(messages.getMessage(misspelt.messageKey(), misspelt.arguments(), Locale.CHINA))
        .isEqualTo("未知字段“higHigh”");

    Violation type = problem("{\"condition\":{\"type\":\"sometimes\"}}");
    assertThat(type.field()).isEqualTo("condition");
    assertThat(type.messageKey()).isEqualTo("monitoring.rule.json.unknownType");
    assertThat(type.arguments()[0]).isEqualTo("sometimes");

    Violation untyped = problem("{\"condition\":{\"channel\":\"lel\"}}");
    assertThat(untyped.field()).isEqualTo("condition");
    assertThat(messages.getMessage(untyped.messageKey(), untyped.arguments(), Locale.ENGLISH))
        .startsWith("The condition has no type; the types: threshold, ");

    Violation colour = problem("{\"severity\":\"PURPLE\"}");
    assertThat(colour.field()).isEqualTo("severity");
    assertThat(messages.getMessage(colour.messageKey(), colour.arguments(), Locale.ENGLISH))
        .isEqualTo("Invalid value \"PURPLE\"; allowed: BLUE, YELLOW, ORANGE, RED");

    Violation duration = problem("{\"condition\":{\"type\":\"noData\",\"after\":\"10 minutes\"}}");
    assertThat(duration.field()).isEqualTo("condition.after");

    Violation syntax = problem("{\n  \"code\": \"A\",\n  oops\n}");
    assertThat(syntax.messageKey()).isEqualTo("monitoring.rule.json.syntax");
    assertThat(syntax.arguments()[0]).isEqualTo(3);
    assertThat(messages.getMessage(syntax.messageKey(), syntax.arguments(), Locale.CHINA))
        .startsWith("JSON 格式错误（第 3 行第 ");
  }

  @Test
  void exportAndReadBack() {
    String doc = json.export(SampleRules.all(), Instant.parse("2025-07-01T00:00:00Z"));
    assertThat(doc).contains("\"format\" : \"shuzhi.alarm-rules\"");
    List<AlarmRuleJson.ImportItem> items = json.readDocument(doc);
    assertThat(items)
        .extracting(AlarmRuleJson.ImportItem::rule)
        .containsExactlyElementsOf(SampleRules.all());
    assertThat(items).allSatisfy(i -> assertThat(i.problems()).isEmpty());
  }

  @Test
  void aPlainArrayIsADocumentTooAndEachBadRuleIsReportedOnItsOwn() {
    String doc =
        "["
            + json.write(SampleRules.flood())
            + ", {\"code\":\"X\",\"colour\":1}, 42, {\"code\":\"Y\",\"severity\":\"NONE\"}]";
    List<AlarmRuleJson.ImportItem> items = json.readDocument(doc);
    assertThat(items)
        .extracting(i -> i.index(), i -> i.code(), i -> i.problems().size())
        .containsExactly(
            tuple(0, "FLOOD", 0), tuple(1, "X", 1), tuple(2, null, 1), tuple(3, "Y", 1));
    assertThat(items.get(2).problems().get(0).messageKey())
        .isEqualTo("monitoring.rule.json.notObject");
  }

  @Test
  void anotherFormatOrNoRulesIsRefused() {
    assertThatThrownBy(() -> json.readDocument("{\"format\":\"thingsboard\",\"rules\":[]}"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations().get(0).messageKey())
                    .isEqualTo("monitoring.rule.json.format"));
    assertThatThrownBy(() -> json.readDocument("{\"format\":\"shuzhi.alarm-rules\"}"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations().get(0).messageKey())
                    .isEqualTo("monitoring.rule.json.noRules"));
    assertThatThrownBy(() -> json.read("  "))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations().get(0).messageKey())
                    .isEqualTo("monitoring.rule.json.empty"));
  }

  @Test
  void absentOptionalFieldsTakeTheirDefaults() {
    AlarmRule r =
        json.read(
            "{\"code\":\"A\",\"name\":\"a\",\"scope\":{\"deviceKind\":\"RAINFALL\"},\"severity\":\"BLUE\","
                + "\"condition\":{\"type\":\"noData\",\"after\":\"PT5M\"}}");
    assertThat(r.enabled()).isTrue();
    assertThat(r.clearDelay()).isEqualTo(Duration.ZERO);
    assertThat(r.condition()).isEqualTo(new NoData(null, Duration.ofMinutes(5)));
  }

  private Violation problem(String text) {
    try {
      json.read(text);
    } catch (InvalidInputException e) {
      return e.violations().get(0);
    }
    throw new AssertionError("no problem with " + text);
  }
}
