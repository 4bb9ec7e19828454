package org.shuzhi.warning.internal;

import java.util.List;
import org.shuzhi.core.GeoPoint;
import org.shuzhi.warning.WarningArea;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code warning.areas} column: areas as JSON, points as {@code [lon, lat]}. */
@Component
class WarningAreasJson {

  /** The stored form of an area. */
  record Stored(String description, List<double[]> polygon, double[] centre, Double radiusKm) {}

  private final JsonMapper mapper = JsonMapper.builder().build();

  String write(List<WarningArea> areas) {
    return mapper.writeValueAsString(
        areas.stream()
            .map(
                a ->
                    new Stored(
                        a.description(),
                        a.polygon().stream().map(p -> new double[] {p.lon(), p.lat()}).toList(),
                        a.centre() == null
                            ? null
                            : new double[] {a.centre().lon(), a.centre().lat()},
                        a.radiusKm()))
            .toList());
  }

  List<WarningArea> read(String json) {
    List<Stored> stored = mapper.readValue(json, new TypeReference<List<Stored>>() {});
    return stored.stream()
        .map(
            s ->
                new WarningArea(
                    s.description(),
                    s.polygon() == null
                        ? List.of()
                        : s.polygon().stream().map(p -> new GeoPoint(p[0], p[1])).toList(),
                    s.centre() == null ? null : new GeoPoint(s.centre()[0], s.centre()[1]),
                    s.radiusKm()))
        .toList();
  }
}
