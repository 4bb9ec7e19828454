package org.shuzhi.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names of the GB/T 4754-2017 sections and divisions, read once from {@value #RESOURCE}. Immutable
 * and thread-safe; it has no Spring dependency (the core module registers one instance as a bean).
 */
public final class IndustryCatalogue {

  static final String RESOURCE = "/core/gbt4754-2017-divisions.csv";
  private static final int SECTIONS = 20;
  private static final int DIVISIONS = 97;

  private final Map<String, IndustryCategory> sections;
  private final Map<String, IndustryCategory> divisions;

  private IndustryCatalogue(
      Map<String, IndustryCategory> sections, Map<String, IndustryCategory> divisions) {
    this.sections = Map.copyOf(sections);
    this.divisions = Map.copyOf(divisions);
  }

  /** Reads the catalogue shipped with the core module. */
  public static IndustryCatalogue load() {
    try (InputStream in = IndustryCatalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a catalogue in the resource's format and checks it is complete and agrees with {@link
   * IndustryCode}'s section ranges; a bad file is a build error, so it fails fast.
   */
  static IndustryCatalogue read(Reader source) throws IOException {
    Map<String, IndustryCategory> sections = new LinkedHashMap<>();
    Map<String, IndustryCategory> divisions = new LinkedHashMap<>();
    BufferedReader reader = new BufferedReader(source);
    String currentSection = null;
    String line;
    int lineNumber = 0;
    boolean headerSeen = false;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!headerSeen) {
        headerSeen = true;
        continue;
      }
      List<String> fields = splitCsv(line, lineNumber);
      if (fields.size() != 3) {
        throw bad(lineNumber, "expected 3 fields, found " + fields.size());
      }
      IndustryCategory row = new IndustryCategory(fields.get(0), fields.get(1), fields.get(2));
      if (row.code().matches("[A-T]")) {
        currentSection = row.code();
        put(sections, row, lineNumber);
      } else if (row.code().matches("\\d{2}")) {
        String expected =
            String.valueOf(IndustryCode.sectionOfDivision(Integer.parseInt(row.code())));
        if (!expected.equals(currentSection)) {
          throw bad(lineNumber, "division " + row.code() + " belongs to section " + expected);
        }
        put(divisions, row, lineNumber);
      } else {
        throw bad(lineNumber, "bad code " + row.code());
      }
    }
    if (sections.size() != SECTIONS || divisions.size() != DIVISIONS) {
      throw new IllegalStateException(
          "industry catalogue has "
              + sections.size()
              + " sections and "
              + divisions.size()
              + " divisions, expected "
              + SECTIONS
              + " and "
              + DIVISIONS);
    }
    return new IndustryCatalogue(sections, divisions);
  }

  /** Name of the section (门类) the code belongs to. */
  public String sectionName(IndustryCode code, Locale locale) {
    return sections.get(String.valueOf(code.section())).name(locale);
  }

  /** Name of the division (大类) the code belongs to. */
  public String divisionName(IndustryCode code, Locale locale) {
    return divisions.get(code.division()).name(locale);
  }

  /** The 20 sections, A to T. */
  public List<IndustryCategory> sections() {
    return sections.values().stream().sorted((a, b) -> a.code().compareTo(b.code())).toList();
  }

  /** The divisions of one section, in code order (e.g. 13–43 for {@code C}). */
  public List<IndustryCategory> divisions(char section) {
    return divisions.values().stream()
        .filter(d -> IndustryCode.sectionOfDivision(Integer.parseInt(d.code())) == section)
        .sorted((a, b) -> a.code().compareTo(b.code()))
        .toList();
  }

  private static void put(
      Map<String, IndustryCategory> target, IndustryCategory row, int lineNumber) {
    if (target.putIfAbsent(row.code(), row) != null) {
      throw bad(lineNumber, "duplicate code " + row.code());
    }
  }

  /** Splits one line of RFC 4180 CSV (double-quoted fields, "" for a quote inside). */
  private static List<String> splitCsv(String line, int lineNumber) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString().strip());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw bad(lineNumber, "unclosed quote");
    }
    fields.add(field.toString().strip());
    return fields;
  }

  private static IllegalStateException bad(int lineNumber, String what) {
    return new IllegalStateException("industry catalogue line " + lineNumber + ": " + what);
  }
}
