package org.shuzhi.efficiency.internal.improvement;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Town;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.platform.Spreadsheets;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A year's low-efficiency or zero-tax list as .xlsx for the towns' work sheets: the rows in the
 * user's scope with the matched rules, value and threshold. Tax/mu in yuan, as the thresholds.
 */
@Component
class ListingExport {

  private final Listings listings;
  private final Spreadsheets spreadsheets;
  private final AreaDirectory areas;
  private final MessageSource messages;

  ListingExport(
      Listings listings, Spreadsheets spreadsheets, AreaDirectory areas, MessageSource messages) {
    this.listings = listings;
    this.spreadsheets = spreadsheets;
    this.areas = areas;
    this.messages = messages;
  }

  void write(
      int year,
      ImprovementKind kind,
      String town,
      CurrentUser user,
      Locale locale,
      HttpServletResponse response)
      throws IOException {
    List<List<Object>> rows = new ArrayList<>();
    listings.each(
        year,
        kind,
        town,
        user,
        e -> {
          List<String> rules = new ArrayList<>();
          for (Listings.Finding f : e.findings()) {
            rules.add(
                text("efficiency.improvement.rule." + f.rule().name(), locale)
                    + " ("
                    + (f.value() == null ? "—" : Math.round(f.value() * 100) / 100.0)
                    + " / "
                    + f.threshold()
                    + ")");
          }
          List<Object> row = new ArrayList<>();
          row.add(e.townCode() == null ? "" : areas.town(e.townCode()).map(Town::name).orElse(""));
          row.add(e.uscc());
          row.add(e.name());
          row.add(text("efficiency.improvement.scale." + e.aboveScale(), locale));
          row.add(e.landAreaMu());
          row.add(e.tax());
          row.add(e.taxPerMu() == null ? null : Math.round(e.taxPerMu() * 100) / 100.0);
          row.add(String.join("; ", rules));
          rows.add(row);
        });
    String title = text("efficiency.improvement.kind." + kind.name(), locale);
    Spreadsheets.download(response, year + " " + title + ".xlsx");
    spreadsheets.write(
        title,
        List.of(
            text("efficiency.improvement.col.town", locale),
            text("efficiency.improvement.col.uscc", locale),
            text("efficiency.improvement.col.name", locale),
            text("efficiency.improvement.col.scale", locale),
            text("efficiency.improvement.col.land", locale),
            text("efficiency.improvement.col.tax", locale),
            text("efficiency.improvement.col.taxPerMu", locale),
            text("efficiency.improvement.col.rules", locale)),
        rows,
        response.getOutputStream());
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }
}
