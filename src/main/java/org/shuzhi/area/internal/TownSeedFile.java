package org.shuzhi.area.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shuzhi.area.TownKind;

/**
 * Reads {@code area/xiaoshan_towns_2022.csv} (see {@code area/PROVENANCE.md}). Only rows of kind 街道
 * or 镇 are towns; the NBS statistical-only units (kind NBS统计用虚拟单位, codes 4xx/5xx) have no
 * administration and no territory of their own, so they are skipped.
 */
public final class TownSeedFile {

  public static final String RESOURCE = "area/xiaoshan_towns_2022.csv";

  public List<TownSeed> read() {
    try (InputStream in = TownSeedFile.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing classpath resource " + RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<TownSeed> parse(String csv) {
    List<TownSeed> towns = new ArrayList<>();
    String[] lines = csv.split("\\R");
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      List<String> f = fields(lines[i]);
      kind(f.get(3))
          .ifPresent(
              kind ->
                  towns.add(
                      new TownSeed(
                          f.get(1),
                          f.get(0),
                          f.get(4),
                          f.get(2),
                          kind,
                          Double.parseDouble(f.get(5)),
                          Double.parseDouble(f.get(6)))));
    }
    return towns;
  }

  private static Optional<TownKind> kind(String label) {
    return switch (label) {
      case "街道" -> Optional.of(TownKind.SUBDISTRICT);
      case "镇" -> Optional.of(TownKind.TOWN);
      default -> Optional.empty();
    };
  }

  /** Splits one RFC 4180 line (quoted fields may contain commas and doubled quotes). */
  private static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          current.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          current.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    fields.add(current.toString());
    return fields;
  }
}
