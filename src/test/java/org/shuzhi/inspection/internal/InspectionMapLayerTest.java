package org.shuzhi.inspection.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.shuzhi.inspection.internal.InspectionMapLayer.Category;
import org.shuzhi.inspection.internal.InspectionMapLayer.Status;
import org.shuzhi.risk.RiskColour;

/** The layer's category filter and colours. */
class InspectionMapLayerTest {

  static InspectionRepository.MapRow row(SupervisionTier tier, int failed, int open) {
    return new InspectionRepository.MapRow(
        1, "U", "企业", 120.25, 30.17, tier, LocalDate.of(2025, 3, 1), failed, open, false);
  }

  @Test
  void categoriesAreStatusesOrTiersAndAnythingElseIsAnotherLayers() {
    assertThat(Category.parse(" overdue ")).contains(new Category(Status.OVERDUE, null));
    assertThat(Category.parse("TIER_2")).contains(new Category(null, SupervisionTier.TIER_2));
    assertThat(Category.parse("RED")).isEmpty();
    assertThat(Category.parse("")).isEmpty();
    assertThat(Category.parse(null)).isEmpty();
  }

  @Test
  void aTierCategoryAdmitsDueAndOverdueEntriesOfThatTierOnly() {
    Category tier2 = new Category(null, SupervisionTier.TIER_2);
    assertThat(tier2.admits(Status.DUE, SupervisionTier.TIER_2)).isTrue();
    assertThat(tier2.admits(Status.OVERDUE, SupervisionTier.TIER_2)).isTrue();
    assertThat(tier2.admits(Status.DUE, SupervisionTier.TIER_3)).isFalse();
    Category due = new Category(Status.DUE, null);
    assertThat(due.admits(Status.DUE, SupervisionTier.TIER_4)).isTrue();
    assertThat(due.admits(Status.OVERDUE, SupervisionTier.TIER_4)).isFalse();
  }

  @Test
  void dueEntriesTakeTheHueOfTheRiskColourTheirTierFollows() {
    assertThat(InspectionMapLayer.colour(row(SupervisionTier.TIER_1, 0, 0), Status.DUE))
        .isEqualTo(RiskColour.RED.css());
    assertThat(InspectionMapLayer.colour(row(SupervisionTier.TIER_4, 0, 0), Status.DUE))
        .isEqualTo(RiskColour.BLUE.css());
    assertThat(InspectionMapLayer.colour(row(null, 0, 0), Status.DUE))
        .isEqualTo(RiskColour.UNASSESSED_CSS);
    assertThat(InspectionMapLayer.colour(row(SupervisionTier.TIER_4, 0, 0), Status.OVERDUE))
        .isEqualTo(InspectionMapLayer.OVERDUE_COLOUR);
    assertThat(InspectionMapLayer.colour(row(null, 2, 1), Status.FINDINGS))
        .isEqualTo(InspectionMapLayer.OPEN_FINDINGS_COLOUR);
    assertThat(InspectionMapLayer.colour(row(null, 2, 0), Status.FINDINGS))
        .isEqualTo(InspectionMapLayer.RECTIFIED_FINDINGS_COLOUR);
  }
}
