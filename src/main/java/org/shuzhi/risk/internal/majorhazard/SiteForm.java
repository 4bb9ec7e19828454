package org.shuzhi.risk.internal.majorhazard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.risk.MajorHazardSiteDraft;
import org.springframework.util.MultiValueMap;

/**
 * The site form: one line per substance (unit name, kind, CAS, category, quantity); lines with the
 * same unit name make one unit. Kept as text so a refused entry is shown back unchanged.
 */
record SiteForm(
    String uscc, String name, String exposedPopulation, Integer version, List<Line> lines) {

  /** Blank lines offered for new entries. */
  static final int SPARE_LINES = 5;

  record Line(String unitName, String kind, String cas, String category, String quantity) {
    boolean blank() {
      return empty(unitName) && empty(cas) && empty(category) && empty(quantity);
    }
  }

  static SiteForm empty() {
    return new SiteForm(null, null, null, null, withSpares(List.of()));
  }

  static SiteForm of(MajorHazardSite site) {
    List<Line> lines = new ArrayList<>();
    for (MajorHazardSiteDraft.Unit u : site.units()) {
      for (MajorHazardSiteDraft.Substance s : u.substances()) {
        lines.add(
            new Line(
                u.name(),
                u.kind(),
                s.cas(),
                s.category(),
                s.quantityTonnes() == null ? null : s.quantityTonnes().toPlainString()));
      }
    }
    return new SiteForm(
        site.uscc(),
        site.name(),
        String.valueOf(site.exposedPopulation()),
        site.version(),
        withSpares(lines));
  }

  /**
   * Reads the posted form. Parameters are read as raw value lists: Spring would split a single
   * value such as {@code J3,W2} at the comma if bound to a list.
   */
  static SiteForm from(MultiValueMap<String, String> params) {
    List<String> unitNames = params.getOrDefault("unitName", List.of());
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < unitNames.size(); i++) {
      lines.add(
          new Line(
              unitNames.get(i),
              at(params, "kind", i),
              at(params, "cas", i),
              at(params, "category", i),
              at(params, "quantity", i)));
    }
    String version = params.getFirst("version");
    return new SiteForm(
        params.getFirst("uscc"),
        params.getFirst("name"),
        params.getFirst("exposedPopulation"),
        version == null || !version.strip().matches("\\d{1,9}")
            ? null
            : Integer.valueOf(version.strip()),
        lines);
  }

  SiteForm withSpareLines() {
    return new SiteForm(
        uscc,
        name,
        exposedPopulation,
        version,
        withSpares(lines.stream().filter(l -> !l.blank()).toList()));
  }

  /** The draft; numbers that do not parse are refused naming the line. */
  MajorHazardSiteDraft draft() {
    Map<String, List<MajorHazardSiteDraft.Substance>> byUnit = new LinkedHashMap<>();
    Map<String, String> kinds = new LinkedHashMap<>();
    List<InvalidInputException.Violation> problems = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.blank()) {
        continue;
      }
      String unit = l.unitName() == null ? "" : l.unitName().strip();
      kinds.putIfAbsent(unit, l.kind());
      BigDecimal q = null;
      if (!empty(l.quantity())) {
        try {
          q = new BigDecimal(l.quantity().strip());
        } catch (NumberFormatException e) {
          problems.add(
              new InvalidInputException.Violation(
                  "lines[" + i + "].quantity", "risk.mh.error.numberInvalid", l.quantity()));
        }
      }
      byUnit
          .computeIfAbsent(unit, k -> new ArrayList<>())
          .add(new MajorHazardSiteDraft.Substance(l.cas(), q, l.category()));
    }
    Integer population = null;
    if (!empty(exposedPopulation)) {
      try {
        population = Integer.valueOf(exposedPopulation.strip());
      } catch (NumberFormatException e) {
        problems.add(
            new InvalidInputException.Violation(
                "exposedPopulation", "risk.mh.error.numberInvalid", exposedPopulation));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    List<MajorHazardSiteDraft.Unit> units = new ArrayList<>();
    byUnit.forEach(
        (unit, subs) -> units.add(new MajorHazardSiteDraft.Unit(unit, kinds.get(unit), subs)));
    return new MajorHazardSiteDraft(uscc, name, population, units);
  }

  private static List<Line> withSpares(List<Line> lines) {
    List<Line> all = new ArrayList<>(lines);
    for (int i = 0; i < SPARE_LINES; i++) {
      all.add(new Line(null, "STORAGE", null, null, null));
    }
    return all;
  }

  private static String at(MultiValueMap<String, String> params, String key, int i) {
    List<String> values = params.get(key);
    return values == null || i >= values.size() ? null : values.get(i);
  }

  private static boolean empty(String s) {
    return s == null || s.isBlank();
  }
}
