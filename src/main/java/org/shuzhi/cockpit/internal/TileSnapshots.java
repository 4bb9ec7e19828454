package org.shuzhi.cockpit.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.shuzhi.cockpit.CockpitTile;
import org.shuzhi.cockpit.TileSnapshot;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.DataScope;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The tiles, and their snapshots cached per data scope: a wall, three laptops and a pushed update
 * in the same scope share one set of aggregate queries. A signalled change invalidates the tile at
 * once; a generation number keeps a snapshot computed before the change from being cached after it.
 */
@Component
@EnableConfigurationProperties(CockpitProperties.class)
class TileSnapshots {

  private final List<CockpitTile> tiles;
  private final CockpitProperties properties;
  private final Clock clock;
  private final Map<Key, Cached> cache = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();

  TileSnapshots(List<CockpitTile> tiles, CockpitProperties properties, Clock clock) {
    this.tiles = tiles.stream().sorted(Comparator.comparingInt(CockpitTile::order)).toList();
    this.properties = properties;
    this.clock = clock;
  }

  /** Every tile, in display order. */
  List<CockpitTile> tiles() {
    return tiles;
  }

  Optional<CockpitTile> tile(String id) {
    return tiles.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** The tile's figures in the user's scope, from the cache while fresh. */
  TileSnapshot snapshot(CockpitTile tile, CurrentUser user) {
    Key key = new Key(tile.id(), user.scope());
    long generation = generation(tile.id()).get();
    Instant now = clock.instant();
    Cached cached = cache.get(key);
    if (cached != null
        && cached.generation() == generation
        && now.isBefore(cached.at().plus(properties.cacheTtl()))) {
      return cached.snapshot();
    }
    TileSnapshot fresh = tile.snapshot(user);
    if (generation(tile.id()).get() == generation) {
      cache.put(key, new Cached(fresh, now, generation));
    }
    return fresh;
  }

  /** Forgets the tile's figures in every scope. */
  void invalidate(String tileId) {
    generation(tileId).incrementAndGet();
    cache.keySet().removeIf(k -> k.tileId().equals(tileId));
  }

  private AtomicLong generation(String tileId) {
    return generations.computeIfAbsent(tileId, id -> new AtomicLong());
  }

  private record Key(String tileId, DataScope scope) {}

  private record Cached(TileSnapshot snapshot, Instant at, long generation) {}
}
