package org.shuzhi.monitoring.internal.alarms;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The names of alarm rules, for lists that would otherwise show only the rule's code (the code
 * means nothing to a duty officer). A rule deleted since keeps being shown by its code.
 */
@Component
class AlarmRuleNames {

  private final JdbcClient jdbc;

  AlarmRuleNames(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Code → name of the rules among these codes, in one read. */
  Map<String, String> of(Collection<String> codes) {
    Map<String, String> names = new HashMap<>();
    if (codes.isEmpty()) {
      return names;
    }
    jdbc.sql("SELECT code, name FROM monitoring_alarm_rule WHERE code = ANY(?)")
        .param(codes.stream().distinct().toArray(String[]::new))
        .query(
            rs -> {
              names.put(rs.getString(1), rs.getString(2));
            });
    return names;
  }
}
