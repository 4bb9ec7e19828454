package org.shuzhi.monitoring.internal.alarms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.shuzhi.monitoring.internal.rules.AlarmReason;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores an {@link AlarmReason} as JSON (message keys and arguments) and renders it in any
 * language, so an alarm reads in the viewer's language rather than the raiser's.
 */
@Component
class AlarmReasons {

  private final JsonMapper json = JsonMapper.builder().build();
  private final MessageSource messages;

  AlarmReasons(MessageSource messages) {
    this.messages = messages;
  }

  String json(AlarmReason reason) {
    return json.writeValueAsString(reason.parts());
  }

  String text(String stored, Locale locale) {
    if (stored == null) {
      return "";
    }
    List<AlarmReason.Part> parts = new ArrayList<>();
    for (JsonNode p : json.readTree(stored)) {
      List<Object> args = new ArrayList<>();
      for (JsonNode a : p.path("arguments")) {
        args.add(a.isNumber() ? a.numberValue() : a.asString());
      }
      parts.add(new AlarmReason.Part(p.path("key").asString(), args));
    }
    return new AlarmReason(parts).text(messages, locale);
  }
}
