package org.shuzhi.monitoring.internal.alarms;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.shuzhi.identity.DataScope;
import org.shuzhi.platform.SseSubscribers;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Open alarm lists on this node, each an SSE stream. When an alarm the viewer may see changes, the
 * stream gets an {@code alarms} event and the page (htmx {@code hx-trigger="sse:alarms"}) reloads
 * its table with its filters — pushed, not polled. Only the fact of a change is pushed; the table
 * is read with the viewer's data scope.
 */
@Component
class LiveAlarms {

  private static final Duration STREAM_TIMEOUT = Duration.ofMinutes(10);

  private final SseSubscribers<DataScope> streams = new SseSubscribers<>(STREAM_TIMEOUT);

  SseEmitter open(DataScope scope) {
    return streams.open(scope);
  }

  /** An alarm in the town (of the enterprise) changed. */
  void changed(long alarmId, String townCode, String enterpriseUscc) {
    String id = Long.toString(alarmId);
    streams.sendEach("alarms", null, scope -> sees(scope, townCode, enterpriseUscc) ? id : null);
  }

  /**
   * Alarms changed together (one batch of decisions): each stream that may see any of them gets one
   * event, whose data lists those ids (at most 50), so a storm does not reload a page per alarm.
   */
  void changed(List<AlarmRow> alarms) {
    streams.sendEach(
        "alarms",
        null,
        scope -> {
          String ids =
              alarms.stream()
                  .filter(a -> sees(scope, a.townCode(), a.enterpriseUscc()))
                  .map(a -> Long.toString(a.id()))
                  .distinct()
                  .limit(50)
                  .collect(Collectors.joining(","));
          return ids.isEmpty() ? null : ids;
        });
  }

  int openStreams() {
    return streams.size();
  }

  @Scheduled(fixedDelay = 25_000, initialDelay = 25_000)
  void heartbeat() {
    streams.heartbeat();
  }

  private static boolean sees(DataScope scope, String townCode, String enterpriseUscc) {
    return scope.coversTown(townCode)
        || (enterpriseUscc != null && enterpriseUscc.equals(scope.enterpriseUscc()));
  }
}
