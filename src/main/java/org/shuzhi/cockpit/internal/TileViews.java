package org.shuzhi.cockpit.internal;

import java.util.List;
import org.shuzhi.cockpit.CockpitTile;
import org.shuzhi.cockpit.TileFigure;
import org.shuzhi.cockpit.TileSnapshot;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** Renders tiles for a viewer: cached snapshot of the scope, labels in the language, town links. */
@Component
class TileViews {

  private final TileSnapshots snapshots;
  private final MessageSource messages;

  TileViews(TileSnapshots snapshots, MessageSource messages) {
    this.snapshots = snapshots;
    this.messages = messages;
  }

  List<TileView> all(Viewer viewer) {
    return snapshots.tiles().stream().map(t -> of(t, viewer)).toList();
  }

  TileView of(CockpitTile tile, Viewer viewer) {
    TileSnapshot snapshot = snapshots.snapshot(tile, viewer.user());
    List<TileView.Figure> figures =
        snapshot.figures().stream()
            .map(
                f ->
                    new TileView.Figure(
                        label(f, viewer), f.value(), f.colour(), link(f.link(), viewer)))
            .toList();
    return new TileView(
        tile.id(),
        messages.getMessage(tile.titleKey(), null, tile.titleKey(), viewer.locale()),
        tile.chart().name(),
        snapshot.total(),
        link(snapshot.link(), viewer),
        figures);
  }

  private String label(TileFigure f, Viewer viewer) {
    return f.labelKey() == null
        ? f.label()
        : messages.getMessage(f.labelKey(), null, f.labelKey(), viewer.locale());
  }

  /** A town cockpit's links show the town's records only (every list accepts {@code town}). */
  static String link(String link, Viewer viewer) {
    if (viewer.town() == null) {
      return link;
    }
    UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(link);
    if (uri.build().getQueryParams().containsKey("town")) {
      return link;
    }
    return uri.queryParam("town", viewer.town()).build().toUriString();
  }
}
