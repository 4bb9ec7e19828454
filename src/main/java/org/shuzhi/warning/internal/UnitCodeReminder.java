package org.shuzhi.warning.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says once at start-up when warnings go out under the placeholder unit code: receivers cannot tell
 * this installation's messages from another's until the assigned code is configured.
 */
@Component
class UnitCodeReminder {

  private static final Logger log = LoggerFactory.getLogger(UnitCodeReminder.class);

  private final WarningProperties properties;

  UnitCodeReminder(WarningProperties properties) {
    this.properties = properties;
  }

  @EventListener(ApplicationReadyEvent.class)
  void remind() {
    if (properties.placeholderUnitCode()) {
      log.warn(
          "Warnings are issued under the placeholder unit code {} (GB/T 35965 identifier):"
              + " set SHUZHI_WARNING_UNIT_CODE to the code assigned by the warning-release"
              + " authority",
          WarningProperties.DEFAULT_UNIT_CODE);
    }
  }
}
