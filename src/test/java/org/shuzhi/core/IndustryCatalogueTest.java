package org.shuzhi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IndustryCatalogueTest {

  private final IndustryCatalogue catalogue = IndustryCatalogue.load();

  @Test
  void namesSectionAndDivisionInChineseAndEnglish() {
    IndustryCode code = IndustryCode.parse("C2823");

    assertThat(catalogue.sectionName(code, Locale.SIMPLIFIED_CHINESE)).isEqualTo("制造业");
    assertThat(catalogue.sectionName(code, Locale.ENGLISH)).isEqualTo("Manufacturing");
    assertThat(catalogue.divisionName(code, Locale.SIMPLIFIED_CHINESE)).isEqualTo("化学纤维制造业");
    assertThat(catalogue.divisionName(code, Locale.UK)).isEqualTo("Manufacture of chemical fibres");
  }

  @Test
  void quotedEnglishNamesKeepTheirCommas() {
    IndustryCode code = IndustryCode.parse("A01");

    assertThat(catalogue.sectionName(code, Locale.ENGLISH))
        .isEqualTo("Agriculture, forestry, animal husbandry and fishery");
  }

  @Test
  void otherLocalesFallBackToChineseLikeTheMessageBundles() {
    IndustryCode code = IndustryCode.parse("K70");

    assertThat(catalogue.divisionName(code, Locale.GERMAN)).isEqualTo("房地产业");
    assertThat(catalogue.divisionName(code, null)).isEqualTo("房地产业");
  }

  @Test
  void holdsTwentySectionsAndNinetySevenDivisionsWithBothNames() {
    List<IndustryCategory> sections = catalogue.sections();

    assertThat(sections)
        .extracting(IndustryCategory::code)
        .containsExactly(
            "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q",
            "R", "S", "T");
    int divisions = 0;
    for (IndustryCategory section : sections) {
      List<IndustryCategory> own = catalogue.divisions(section.code().charAt(0));
      assertThat(own).as("section %s", section.code()).isNotEmpty();
      for (IndustryCategory division : own) {
        IndustryCode code = IndustryCode.parse(division.code());
        assertThat(code.section()).isEqualTo(section.code().charAt(0));
        assertThat(catalogue.divisionName(code, Locale.CHINESE)).isNotBlank();
        assertThat(catalogue.divisionName(code, Locale.ENGLISH)).isNotBlank().isASCII();
        divisions++;
      }
    }
    assertThat(divisions).isEqualTo(97);
  }

  @Test
  void manufacturingHasDivisions13To43() {
    assertThat(catalogue.divisions('C')).extracting(IndustryCategory::code).first().isEqualTo("13");
    assertThat(catalogue.divisions('C')).extracting(IndustryCategory::code).last().isEqualTo("43");
    assertThat(catalogue.divisions('C')).hasSize(31);
  }

  @Test
  void rejectsADivisionListedUnderTheWrongSection() throws IOException {
    String withoutMiningRow = resourceText().replace("B,采矿业,Mining\n", "");

    assertThatThrownBy(() -> IndustryCatalogue.read(new StringReader(withoutMiningRow)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("division 06 belongs to section B");
  }

  @Test
  void rejectsMalformedRows() throws IOException {
    String badCode = resourceText() + "5,x,y\n";
    String unclosedQuote = resourceText() + "98,x,\"y\n";

    assertThatThrownBy(() -> IndustryCatalogue.read(new StringReader(badCode)))
        .hasMessageContaining("bad code 5");
    assertThatThrownBy(() -> IndustryCatalogue.read(new StringReader(unclosedQuote)))
        .hasMessageContaining("unclosed quote");
  }

  @Test
  void rejectsAnIncompleteOrDuplicatedFile() throws IOException {
    String text = resourceText();
    String withoutT97 = text.replace("97,国际组织,International organizations\n", "");
    String duplicated = text + "97,国际组织,International organizations\n";

    assertThatThrownBy(() -> IndustryCatalogue.read(new StringReader(withoutT97)))
        .hasMessageContaining("96 divisions");
    assertThatThrownBy(() -> IndustryCatalogue.read(new StringReader(duplicated)))
        .hasMessageContaining("duplicate");
  }

  private static String resourceText() throws IOException {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                IndustryCatalogue.class.getResourceAsStream(IndustryCatalogue.RESOURCE),
                StandardCharsets.UTF_8))) {
      return reader.lines().collect(Collectors.joining("\n", "", "\n"));
    }
  }
}
