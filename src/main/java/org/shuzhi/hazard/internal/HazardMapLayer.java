package org.shuzhi.hazard.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.enterprise.EnterpriseSummary;
import org.shuzhi.hazard.HazardGrade;
import org.shuzhi.hazard.HazardState;
import org.shuzhi.hazard.internal.HazardViews.HazardView;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.map.MapFilter;
import org.shuzhi.map.MapLayer;
import org.shuzhi.map.MapPoint;
import org.springframework.stereotype.Component;

/**
 * Open hazards on the one map, within the user's data scope, at the hazard's own location or, when
 * it was reported without one, at its enterprise's. Overdue red, major (重大事故隐患) orange, other open
 * yellow — the same hues as the four risk colours. The map's {@code category} filter is {@code
 * OVERDUE}, {@code MAJOR} or a {@link HazardState} name; any other category belongs to another
 * layer and is ignored ({@link MapFilter}).
 */
@Component
class HazardMapLayer implements MapLayer {

  static final String OVERDUE_COLOUR = "#d7263d";
  static final String MAJOR_COLOUR = "#f46036";
  static final String OPEN_COLOUR = "#e2b714";

  /** The layer's reading of the map's category filter. */
  record Category(Kind kind, HazardState state) {

    enum Kind {
      OVERDUE,
      MAJOR,
      STATE
    }

    /** Empty when the text is none of this layer's categories. */
    static Optional<Category> parse(String text) {
      if (text == null || text.isBlank()) {
        return Optional.empty();
      }
      String name = text.strip().toUpperCase(Locale.ROOT);
      if (name.equals(Kind.OVERDUE.name())) {
        return Optional.of(new Category(Kind.OVERDUE, null));
      }
      if (name.equals(Kind.MAJOR.name())) {
        return Optional.of(new Category(Kind.MAJOR, null));
      }
      try {
        return Optional.of(new Category(Kind.STATE, HazardState.valueOf(name)));
      } catch (IllegalArgumentException notAState) {
        return Optional.empty();
      }
    }
  }

  private final HazardService service;
  private final EnterpriseDirectory enterprises;
  private final CurrentUsers users;

  HazardMapLayer(HazardService service, EnterpriseDirectory enterprises, CurrentUsers users) {
    this.service = service;
    this.enterprises = enterprises;
    this.users = users;
  }

  @Override
  public String id() {
    return "hazards";
  }

  @Override
  public String titleKey() {
    return "hazard.map.layer";
  }

  @Override
  public int order() {
    return 400;
  }

  @Override
  public String linkTemplate() {
    return "/hazards/{id}";
  }

  @Override
  public List<MapPoint> points(MapFilter filter) {
    Category category = Category.parse(filter.category()).orElse(null);
    List<MapPoint> points = new ArrayList<>();
    // Many hazards share an enterprise: look each one up once per request.
    Map<String, Optional<EnterpriseSummary>> located = new HashMap<>();
    service.forEachOpen(
        filter.townCode(),
        category,
        users.require(),
        h -> {
          double[] at = location(h, located);
          if (at != null) {
            points.add(new MapPoint(h.id(), at[0], at[1], h.title(), colour(h), h.synthetic()));
          }
        });
    return points;
  }

  static String colour(HazardView h) {
    if (h.overdue()) {
      return OVERDUE_COLOUR;
    }
    return h.grade() == HazardGrade.MAJOR ? MAJOR_COLOUR : OPEN_COLOUR;
  }

  private double[] location(HazardView h, Map<String, Optional<EnterpriseSummary>> located) {
    if (h.lon() != null && h.lat() != null) {
      return new double[] {h.lon(), h.lat()};
    }
    if (h.enterpriseUscc() == null) {
      return null;
    }
    return located
        .computeIfAbsent(h.enterpriseUscc(), enterprises::byUscc)
        .filter(e -> e.lon() != null && e.lat() != null)
        .map(e -> new double[] {e.lon(), e.lat()})
        .orElse(null);
  }
}
