package org.shuzhi.command.internal.resources;

import org.shuzhi.command.internal.ResourcesChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Announces registry changes ({@link ResourcesChanged}) in the changing transaction. */
@Component
class ResourceChanges {

  private final ApplicationEventPublisher events;

  ResourceChanges(ApplicationEventPublisher events) {
    this.events = events;
  }

  /** A record of this town changed. */
  void in(String townCode) {
    events.publishEvent(new ResourcesChanged(townCode));
  }

  /** A record changed, perhaps moving from one town to another. */
  void in(String before, String after) {
    in(before);
    if (after != null && !after.equals(before)) {
      in(after);
    }
  }

  /** Records of several towns changed (an import). */
  void several() {
    events.publishEvent(new ResourcesChanged(null));
  }
}
