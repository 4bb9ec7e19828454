package org.shuzhi.monitoring.internal.alarms;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.shuzhi.identity.DataScope;
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

  private final Map<SseEmitter, DataScope> streams = new ConcurrentHashMap<>();

  SseEmitter open(DataScope scope) {
    SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
    streams.put(emitter, scope);
    Runnable remove = () -> streams.remove(emitter);
    emitter.onCompletion(remove);
    emitter.onTimeout(remove);
    emitter.onError(e -> remove.run());
    return emitter;
  }

  /** An alarm in the town (of the enterprise) changed. */
  void changed(long alarmId, String townCode, String enterpriseUscc) {
    streams.forEach(
        (emitter, scope) -> {
          if (scope.coversTown(townCode)
              || (enterpriseUscc != null && enterpriseUscc.equals(scope.enterpriseUscc()))) {
            send(emitter, "alarms", Long.toString(alarmId));
          }
        });
  }

  /**
   * Alarms changed together (one batch of decisions): each stream that may see any of them gets one
   * event, whose data lists those ids (at most 50), so a storm does not reload a page per alarm.
   */
  void changed(List<AlarmRow> alarms) {
    streams.forEach(
        (emitter, scope) -> {
          String ids =
              alarms.stream()
                  .filter(
                      a ->
                          scope.coversTown(a.townCode())
                              || (a.enterpriseUscc() != null
                                  && a.enterpriseUscc().equals(scope.enterpriseUscc())))
                  .map(a -> Long.toString(a.id()))
                  .distinct()
                  .limit(50)
                  .collect(Collectors.joining(","));
          if (!ids.isEmpty()) {
            send(emitter, "alarms", ids);
          }
        });
  }

  int openStreams() {
    return streams.size();
  }

  @Scheduled(fixedDelay = 25_000, initialDelay = 25_000)
  void heartbeat() {
    streams.keySet().forEach(e -> send(e, null, null));
  }

  private static void send(SseEmitter emitter, String event, String data) {
    try {
      if (event == null) {
        emitter.send(SseEmitter.event().comment("keep-alive"));
      } else {
        emitter.send(SseEmitter.event().name(event).data(data));
      }
    } catch (IOException | IllegalStateException e) {
      emitter.completeWithError(e);
    }
  }
}
