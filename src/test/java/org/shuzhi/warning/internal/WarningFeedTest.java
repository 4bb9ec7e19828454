package org.shuzhi.warning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuzhi.core.GeoPoint;
import org.shuzhi.warning.WarningArea;
import org.shuzhi.warning.WarningColour;
import org.shuzhi.warning.WarningEventType;
import org.shuzhi.warning.WarningStatus;

/** Atom feed contents: one entry per warning, its links and updated times. */
class WarningFeedTest {

  static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

  static WarningRow row(long id, String headline, WarningStatus status, OffsetDateTime updated) {
    return new WarningRow(
        id,
        status,
        WarningEventType.TYPHOON,
        WarningColour.RED,
        headline,
        "台风将于今夜登陆",
        null,
        "EMERGENCY",
        null,
        null,
        null,
        List.of(WarningArea.circle("全区", new GeoPoint(120.27, 30.17), 20)),
        List.of("330109"),
        List.of(),
        "author",
        updated.minusHours(1),
        "author",
        updated,
        updated.minusMinutes(30),
        null,
        "33010900000100_20260601083000_0",
        1);
  }

  @Test
  void entriesCarryLinksAndUpdatedTimesAndTheFeedTheLatest() {
    OffsetDateTime t1 = OffsetDateTime.of(2026, 6, 1, 8, 30, 0, 0, BEIJING);
    OffsetDateTime t2 = t1.plusHours(2);
    String xml =
        new WarningFeed()
            .write(
                List.of(
                    row(7, "台风红色预警", WarningStatus.UPDATED, t2),
                    row(5, "暴雨蓝色预警", WarningStatus.PUBLISHED, t1)),
                "https://example.org",
                "萧山区预警信息",
                t1.minusDays(1));
    assertThat(xml)
        .contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">")
        .contains("<id>https://example.org/api/v1/warnings/feed</id>")
        .contains("<updated>2026-06-01T10:30:00+08:00</updated>")
        .contains("<entry><id>https://example.org/api/v1/warnings/7</id><title>台风红色预警</title>")
        .contains(
            "<link rel=\"alternate\" type=\"application/cap+xml\""
                + " href=\"https://example.org/api/v1/warnings/7.xml\"/>")
        .contains("href=\"https://example.org/public/warnings/5\"")
        .contains("<published>2026-06-01T08:00:00+08:00</published>")
        .contains("<category term=\"UPDATED\"/>");
    assertThat(xml.split("<entry>")).hasSize(3);
  }

  @Test
  void anEmptyFeedIsUpdatedNow() {
    OffsetDateTime now = OffsetDateTime.of(2026, 6, 1, 8, 30, 0, 0, BEIJING);
    String xml = new WarningFeed().write(List.of(), "https://example.org", "预警", now);
    assertThat(xml)
        .contains("<updated>2026-06-01T08:30:00+08:00</updated>")
        .doesNotContain("<entry>");
  }
}
