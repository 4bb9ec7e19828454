package org.shuzhi.inspection.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.map.MapFilter;
import org.shuzhi.map.MapLayer;
import org.shuzhi.map.MapPoint;
import org.shuzhi.risk.RiskColour;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Inspections on the one map, within the user's data scope, one point per enterprise at its
 * location: overdue (a plan entry of an earlier month still open), due this month (coloured by
 * supervision tier, in the hues of the risk colours the tiers follow) and inspected with findings
 * in the last 12 months (the enforcement list's window; still-open findings apart from rectified
 * ones). An enterprise in several of these shows its most pressing one, in that order. The map's
 * {@code category} filter is {@code OVERDUE}, {@code DUE}, {@code FINDINGS} or a tier ({@code
 * TIER_1}…, its due and overdue entries); any other category belongs to another layer and is
 * ignored ({@link MapFilter}). Off by default: at district level it is thousands of points.
 */
@Component
class InspectionMapLayer implements MapLayer {

  static final int MAX_POINTS = 20_000;
  static final Duration FINDINGS_WINDOW = Duration.ofDays(365);
  static final String OVERDUE_COLOUR = "#6f1d1b";
  static final String OPEN_FINDINGS_COLOUR = "#7b1fa2";
  static final String RECTIFIED_FINDINGS_COLOUR = "#2e7d32";

  /** What a point shows, most pressing first. */
  enum Status {
    OVERDUE,
    DUE,
    FINDINGS
  }

  /** The layer's reading of the map's category filter: a status, or a tier of open entries. */
  record Category(Status status, SupervisionTier tier) {

    /** Empty when the text is none of this layer's categories. */
    static Optional<Category> parse(String text) {
      if (text == null || text.isBlank()) {
        return Optional.empty();
      }
      String name = text.strip().toUpperCase(Locale.ROOT);
      for (Status s : Status.values()) {
        if (s.name().equals(name)) {
          return Optional.of(new Category(s, null));
        }
      }
      for (SupervisionTier t : SupervisionTier.values()) {
        if (t.name().equals(name)) {
          return Optional.of(new Category(null, t));
        }
      }
      return Optional.empty();
    }

    boolean admits(Status s, SupervisionTier t) {
      return (status == null || status == s) && (tier == null || tier == t);
    }
  }

  private final InspectionRepository repository;
  private final InspectionService inspections;
  private final InspectionRights rights;
  private final CurrentUsers users;
  private final MessageSource messages;
  private final Clock clock;

  InspectionMapLayer(
      InspectionRepository repository,
      InspectionService inspections,
      InspectionRights rights,
      CurrentUsers users,
      MessageSource messages,
      Clock clock) {
    this.repository = repository;
    this.inspections = inspections;
    this.rights = rights;
    this.users = users;
    this.messages = messages;
    this.clock = clock;
  }

  @Override
  public String id() {
    return "inspections";
  }

  @Override
  public String titleKey() {
    return "inspection.map.layer";
  }

  @Override
  public int order() {
    return 420;
  }

  @Override
  public String linkTemplate() {
    return "/inspections/{id}";
  }

  @Override
  public boolean shownByDefault() {
    return false;
  }

  @Override
  public List<MapPoint> points(MapFilter filter) {
    CurrentUser user = users.require();
    if (!rights.mayRead(user)) {
      // The map is everyone's; users with no business in inspections just get no points.
      return List.of();
    }
    Category category = Category.parse(filter.category()).orElse(null);
    Locale locale = LocaleContextHolder.getLocale();
    YearMonth month = inspections.currentMonth();
    Map<String, MapPoint> byEnterprise = new LinkedHashMap<>();
    for (var row : repository.openPlanEntries(month, filter.townCode(), user.scope(), MAX_POINTS)) {
      Status status = row.planMonth().isBefore(month.atDay(1)) ? Status.OVERDUE : Status.DUE;
      if (category == null || category.admits(status, row.tier())) {
        byEnterprise.put(row.uscc(), point(row, status, locale));
      }
    }
    if (category == null || category.status() == Status.FINDINGS) {
      var since = clock.instant().minus(FINDINGS_WINDOW);
      for (var row : repository.withFindings(since, filter.townCode(), user.scope(), MAX_POINTS)) {
        byEnterprise.putIfAbsent(row.uscc(), point(row, Status.FINDINGS, locale));
      }
    }
    List<MapPoint> points = new ArrayList<>(byEnterprise.values());
    return points.size() > MAX_POINTS ? points.subList(0, MAX_POINTS) : points;
  }

  private MapPoint point(InspectionRepository.MapRow row, Status status, Locale locale) {
    String label =
        switch (status) {
          case OVERDUE ->
              message(
                  "inspection.map.overdue", locale, row.name(), YearMonth.from(row.planMonth()));
          case DUE -> message("inspection.map.due", locale, row.name(), tierName(row, locale));
          case FINDINGS ->
              message(
                  "inspection.map.findings",
                  locale,
                  row.name(),
                  row.failedItems(),
                  row.openFindings());
        };
    return new MapPoint(
        row.id(), row.lon(), row.lat(), label, colour(row, status), row.synthetic());
  }

  static String colour(InspectionRepository.MapRow row, Status status) {
    return switch (status) {
      case OVERDUE -> OVERDUE_COLOUR;
      case DUE -> tierColour(row.tier());
      case FINDINGS -> row.openFindings() > 0 ? OPEN_FINDINGS_COLOUR : RECTIFIED_FINDINGS_COLOUR;
    };
  }

  /** Tier 1 red … tier 4 blue: the tiers follow the risk colours (and major-hazard levels). */
  static String tierColour(SupervisionTier tier) {
    if (tier == null) {
      return RiskColour.UNASSESSED_CSS;
    }
    return RiskColour.values()[tier.ordinal()].css();
  }

  private String tierName(InspectionRepository.MapRow row, Locale locale) {
    return row.tier() == null ? "" : message("inspection.tier." + row.tier(), locale);
  }

  private String message(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }
}
