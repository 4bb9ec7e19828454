package org.shuzhi.risk.internal.points;

import java.time.Instant;
import java.util.List;
import org.shuzhi.risk.RiskColour;
import org.shuzhi.risk.RiskObjectKind;

/** A validated risk object as stored (coordinates WGS-84, phones canonical). */
record RiskObjectRow(
    Long id,
    String name,
    RiskObjectKind kind,
    String enterpriseUscc,
    String address,
    Double lon,
    Double lat,
    boolean ownLocation,
    String townCode,
    Long gridId,
    RiskColour colour,
    List<Person> persons,
    boolean synthetic,
    Instant updatedAt,
    String updatedBy,
    int version) {

  RiskObjectRow {
    persons = persons == null ? List.of() : List.copyOf(persons);
  }

  /** A responsible person; {@code phone} canonical (may be null). */
  record Person(String name, String phone) {}

  RiskObjectRow withPersons(List<Person> newPersons) {
    return new RiskObjectRow(
        id,
        name,
        kind,
        enterpriseUscc,
        address,
        lon,
        lat,
        ownLocation,
        townCode,
        gridId,
        colour,
        newPersons,
        synthetic,
        updatedAt,
        updatedBy,
        version);
  }
}
