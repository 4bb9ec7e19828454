package org.shuzhi.platform;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open SSE streams of one live page on this node, each under a key that says who watches (a
 * user name, a data scope, a viewer): a stream is dropped when it completes, times out, fails or
 * cannot be written to, so a closed page never holds memory or blocks a push. Which key gets what
 * is the owner's business (its filtering by data scope); this type only keeps the streams and
 * sends. Keys need value equality: streams under equal keys share one computed event ({@link
 * #sendEach}).
 *
 * @param <K> what a stream is kept under
 */
public final class SseSubscribers<K> {

  private final Duration timeout;
  private final Map<K, Set<SseEmitter>> streams = new ConcurrentHashMap<>();

  /**
   * @param timeout after which a stream is ended (the browser's EventSource reconnects), so that
   *     dead connections do not pile up
   */
  public SseSubscribers(Duration timeout) {
    this.timeout = timeout;
  }

  /** A new stream under {@code key}, to return from the controller. */
  public SseEmitter open(K key) {
    SseEmitter emitter = new SseEmitter(timeout.toMillis());
    streams.compute(
        key,
        (k, set) -> {
          Set<SseEmitter> mine = set == null ? new CopyOnWriteArraySet<>() : set;
          mine.add(emitter);
          return mine;
        });
    Runnable remove = () -> remove(key, emitter);
    emitter.onCompletion(remove);
    emitter.onTimeout(remove);
    emitter.onError(e -> remove.run());
    // A first comment commits the response at once: otherwise the browser's EventSource reports
    // the stream open (the cockpit's live mark, its catch-up read) only at the first heartbeat.
    send(key, emitter, null, null, null);
    return emitter;
  }

  /** Sends one event to one stream (e.g. the first figures right after {@link #open}). */
  public boolean send(SseEmitter stream, String event, Object data, MediaType type) {
    return send(null, stream, event, data, type);
  }

  /**
   * Sends one event to every stream under {@code key}. A stream that fails is dropped at once, so a
   * second event of the same change reaches only the streams that got the first.
   */
  public void sendTo(K key, String event, Object data, MediaType type) {
    for (SseEmitter emitter : streams.getOrDefault(key, Set.of())) {
      send(key, emitter, event, data, type);
    }
  }

  /**
   * Sends event {@code event} to every stream whose key {@code dataFor} gives data for; it is
   * called once per key, and null means the streams of that key get nothing (not in their scope).
   */
  public void sendEach(String event, MediaType type, Function<? super K, ?> dataFor) {
    streams.forEach(
        (key, mine) -> {
          Object data = dataFor.apply(key);
          if (data != null) {
            mine.forEach(emitter -> send(key, emitter, event, data, type));
          }
        });
  }

  /** A comment line to every stream, so proxies do not close an idle one; call every ~25 s. */
  public void heartbeat() {
    streams.forEach((key, mine) -> mine.forEach(emitter -> send(key, emitter, null, null, null)));
  }

  /** Whether any stream is open under {@code key} (to skip reading what nobody would get). */
  public boolean has(K key) {
    return streams.containsKey(key);
  }

  /** How many streams are open. */
  public int size() {
    return streams.values().stream().mapToInt(Set::size).sum();
  }

  private boolean send(K key, SseEmitter emitter, String event, Object data, MediaType type) {
    try {
      if (event == null) {
        emitter.send(SseEmitter.event().comment("keep-alive"));
      } else {
        emitter.send(SseEmitter.event().name(event).data(data, type));
      }
      return true;
    } catch (IOException | IllegalStateException e) {
      // The page is gone. Completing the emitter removes it too, but only once the container
      // reports back; drop it now so the next event of this push does not try it again.
      if (key != null) {
        remove(key, emitter);
      }
      emitter.completeWithError(e);
      return false;
    }
  }

  private void remove(K key, SseEmitter emitter) {
    streams.computeIfPresent(
        key,
        (k, set) -> {
          set.remove(emitter);
          return set.isEmpty() ? null : set;
        });
  }
}
