package org.shuzhi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The core's message bundles are complete and render the exceptions' keys and arguments. */
class CoreMessagesTest {

  private final ResourceBundleMessageSource messages = messageSource();

  @Test
  void bothBundlesHaveTheSameKeys() throws IOException {
    assertThat(load("i18n/core_en.properties").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(load("i18n/core.properties").stringPropertyNames());
  }

  @Test
  void everyProblemHasAMessageInBothLanguages() throws IOException {
    List<String> keys = new ArrayList<>();
    Stream.of(InvalidUsccException.Problem.values()).map(p -> p.messageKey()).forEach(keys::add);
    Stream.of(InvalidIndustryCodeException.Problem.values())
        .map(p -> p.messageKey())
        .forEach(keys::add);
    Stream.of(InvalidGeoPointException.Problem.values())
        .map(p -> p.messageKey())
        .forEach(keys::add);
    Stream.of(InvalidIdNumberException.Problem.values())
        .map(p -> p.messageKey())
        .forEach(keys::add);
    keys.add(InvalidPhoneNumberException.MESSAGE_KEY);

    assertThat(load("i18n/core.properties").stringPropertyNames()).containsAll(keys);
    assertThat(load("i18n/core_en.properties").stringPropertyNames()).containsAll(keys);
  }

  @Test
  void rendersTheUsccCheckCharacterMessage() {
    InvalidUsccException e =
        catchThrowableOfType(InvalidUsccException.class, () -> Uscc.parse("91330100799655058C"));

    assertThat(render(e, Locale.SIMPLIFIED_CHINESE)).isEqualTo("第18位：校验码应为B");
    assertThat(render(e, Locale.ENGLISH)).isEqualTo("position 18: check character should be B");
  }

  @Test
  void rendersEveryKindOfProblemWithoutLeftoverPlaceholders() {
    List<InvalidValueException> problems =
        List.of(
            catchThrowableOfType(InvalidUsccException.class, () -> Uscc.parse("9133")),
            catchThrowableOfType(
                InvalidUsccException.class, () -> Uscc.parse("9133O100799655058B")),
            catchThrowableOfType(
                InvalidIndustryCodeException.class, () -> IndustryCode.parse("S97")),
            catchThrowableOfType(InvalidGeoPointException.class, () -> new GeoPoint(200, 0)),
            catchThrowableOfType(InvalidPhoneNumberException.class, () -> PhoneNumber.parse("x")),
            catchThrowableOfType(InvalidIdNumberException.class, () -> IdNumber.parse("1")));

    for (InvalidValueException e : problems) {
      for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
        assertThat(render(e, locale)).as(e.messageKey()).doesNotContain("{").isNotBlank();
      }
    }
    assertThat(render(problems.get(2), Locale.SIMPLIFIED_CHINESE)).contains("S97").contains("T");
  }

  private String render(InvalidValueException e, Locale locale) {
    return messages.getMessage(e.messageKey(), e.arguments(), locale);
  }

  private static ResourceBundleMessageSource messageSource() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename("i18n/core");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }

  private static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = CoreMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
