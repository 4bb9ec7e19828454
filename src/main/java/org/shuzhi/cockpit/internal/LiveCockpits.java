package org.shuzhi.cockpit.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.shuzhi.cockpit.CockpitTile;
import org.shuzhi.cockpit.CockpitTileChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Open cockpits on this node, each an SSE stream, and the push of changed tiles to them. A change
 * is taken when published (publishers signal after their commit); the tile's cached figures are
 * dropped at once (a page opened now reads fresh ones) and a push is scheduled: at once when the
 * tile was not pushed within the push interval, else at the end of it, so a burst of alarms gives
 * one push per second per tile and the last change is never lost. A push computes the tile once per
 * audience (scope, language, town) and sends it, as JSON event {@code tile}, to the streams of that
 * audience whose scope covers the changed towns. The ranking of towns follows every tile.
 */
@Component
class LiveCockpits implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(LiveCockpits.class);
  private static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);

  private final TileSnapshots snapshots;
  private final TileViews views;
  private final CockpitProperties properties;
  private final Map<SseEmitter, Viewer> streams = new ConcurrentHashMap<>();
  private final ScheduledExecutorService pusher =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "cockpit-push");
            t.setDaemon(true);
            return t;
          });

  // Guarded by this: changes waiting for their tile's push, and when each tile was last pushed.
  private final Map<String, Towns> pending = new HashMap<>();
  private final Map<String, Long> lastPush = new HashMap<>();

  LiveCockpits(TileSnapshots snapshots, TileViews views, CockpitProperties properties) {
    this.snapshots = snapshots;
    this.views = views;
    this.properties = properties;
  }

  SseEmitter open(Viewer viewer) {
    SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
    streams.put(emitter, viewer);
    Runnable remove = () -> streams.remove(emitter);
    emitter.onCompletion(remove);
    emitter.onTimeout(remove);
    emitter.onError(e -> remove.run());
    return emitter;
  }

  int openStreams() {
    return streams.size();
  }

  @EventListener
  void on(CockpitTileChanged event) {
    changed(event.tileId(), event.townCode());
    if (!TownRiskRanking.ID.equals(event.tileId())) {
      changed(TownRiskRanking.ID, event.townCode());
    }
  }

  private void changed(String tileId, String townCode) {
    snapshots.invalidate(tileId);
    synchronized (this) {
      Towns towns = pending.get(tileId);
      if (towns != null) {
        towns.add(townCode);
        return;
      }
      towns = new Towns();
      towns.add(townCode);
      pending.put(tileId, towns);
      long now = System.nanoTime();
      Long last = lastPush.get(tileId);
      long wait = last == null ? 0 : Math.max(0, last + properties.pushInterval().toNanos() - now);
      pusher.schedule(() -> push(tileId), wait, TimeUnit.NANOSECONDS);
    }
  }

  private void push(String tileId) {
    Towns towns;
    synchronized (this) {
      towns = pending.remove(tileId);
      lastPush.put(tileId, System.nanoTime());
    }
    CockpitTile tile = snapshots.tile(tileId).orElse(null);
    if (tile == null || towns == null) {
      return;
    }
    Map<Viewer.Audience, TileView> rendered = new HashMap<>();
    streams.forEach(
        (emitter, viewer) -> {
          if (!towns.affect(viewer)) {
            return;
          }
          try {
            TileView view =
                rendered.computeIfAbsent(viewer.audience(), a -> views.of(tile, viewer));
            send(emitter, view);
          } catch (RuntimeException e) {
            log.warn("Cockpit tile {} could not be pushed: {}", tileId, e.toString());
          }
        });
  }

  @Scheduled(fixedDelay = 25_000, initialDelay = 25_000)
  void heartbeat() {
    streams.keySet().forEach(e -> send(e, null));
  }

  @Override
  public void destroy() {
    pusher.shutdownNow();
  }

  private static void send(SseEmitter emitter, TileView view) {
    try {
      if (view == null) {
        emitter.send(SseEmitter.event().comment("keep-alive"));
      } else {
        emitter.send(SseEmitter.event().name("tile").data(view, MediaType.APPLICATION_JSON));
      }
    } catch (IOException | IllegalStateException e) {
      emitter.completeWithError(e);
    }
  }

  /** The towns of the changes waiting for one push; a change without a town concerns everyone. */
  private static final class Towns {
    private final Set<String> codes = new HashSet<>();
    private boolean everywhere;

    void add(String townCode) {
      if (townCode == null) {
        everywhere = true;
      } else {
        codes.add(townCode);
      }
    }

    boolean affect(Viewer viewer) {
      return everywhere || codes.stream().anyMatch(viewer.scope()::coversTown);
    }
  }
}
