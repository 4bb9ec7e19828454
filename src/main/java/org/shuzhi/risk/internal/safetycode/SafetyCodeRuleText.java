package org.shuzhi.risk.internal.safetycode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.shuzhi.risk.RiskColour;

/**
 * Reads the rules as the system administrator writes them, one rule a line: {@code COLOUR: input >=
 * threshold AND input >= threshold}. Blank lines and lines starting with {@code #} are ignored. Any
 * bad line rejects the whole text, with the line number in the message.
 */
final class SafetyCodeRuleText {

  static final String FIELD = "rules";
  static final int MAX_RULES = 100;

  private SafetyCodeRuleText() {}

  static List<SafetyCodeRule> parse(String text) {
    List<SafetyCodeRule> rules = new ArrayList<>();
    List<Violation> problems = new ArrayList<>();
    String[] lines = text == null ? new String[0] : text.split("\\R");
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int lineNo = n + 1;
      int colon = line.indexOf(':');
      if (colon < 0) {
        problems.add(new Violation(FIELD, "risk.sc.rules.syntax", lineNo, line));
        continue;
      }
      RiskColour colour = colour(line.substring(0, colon));
      if (colour == null || colour == RiskColour.BLUE) {
        problems.add(new Violation(FIELD, "risk.sc.rules.colour", lineNo, line));
        continue;
      }
      Map<SafetyCodeInput, String> conditions = new LinkedHashMap<>();
      int before = problems.size();
      for (String part : line.substring(colon + 1).split("(?i)\\s+AND\\s+|&")) {
        String[] sides = part.split(">=", -1);
        SafetyCodeInput input =
            sides.length == 2 ? SafetyCodeInput.byTextName(sides[0].strip()) : null;
        if (input == null) {
          problems.add(new Violation(FIELD, "risk.sc.rules.input", lineNo, part.strip()));
          continue;
        }
        String threshold = sides[1].strip().toUpperCase(Locale.ROOT);
        if (input.parseThreshold(threshold) == null || conditions.containsKey(input)) {
          problems.add(new Violation(FIELD, "risk.sc.rules.threshold", lineNo, part.strip()));
          continue;
        }
        conditions.put(input, threshold);
      }
      if (problems.size() > before) {
        continue;
      }
      if (conditions.isEmpty()) {
        problems.add(new Violation(FIELD, "risk.sc.rules.syntax", lineNo, line));
        continue;
      }
      rules.add(new SafetyCodeRule(rules.size() + 1, colour, conditions));
    }
    if (rules.size() > MAX_RULES) {
      problems.add(new Violation(FIELD, "risk.sc.rules.tooMany", MAX_RULES));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return rules;
  }

  private static RiskColour colour(String text) {
    try {
      return RiskColour.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
