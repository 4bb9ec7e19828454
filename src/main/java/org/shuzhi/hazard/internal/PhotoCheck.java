package org.shuzhi.hazard.internal;

import org.shuzhi.platform.InvalidInputException;

/**
 * Admits a photo as evidence: JPEG, PNG or WebP by content, at most {@code maxBytes}. Anything else
 * is refused with a message the reporter understands (ASVS 5.2.1 file size, 5.2.2 content type).
 */
final class PhotoCheck {

  private final long maxBytes;

  PhotoCheck(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive");
    }
    this.maxBytes = maxBytes;
  }

  long maxBytes() {
    return maxBytes;
  }

  /** True when {@code size} bytes are already too many (so the rest need not be read). */
  boolean tooLarge(long size) {
    return size > maxBytes;
  }

  PhotoType admit(byte[] content) {
    if (content == null || content.length == 0) {
      throw new InvalidInputException("file", "hazard.evidence.empty");
    }
    if (tooLarge(content.length)) {
      throw new InvalidInputException("file", "hazard.evidence.tooLarge", megabytes());
    }
    return PhotoType.detect(content)
        .orElseThrow(() -> new InvalidInputException("file", "hazard.evidence.notAnImage"));
  }

  String megabytes() {
    double mb = maxBytes / (1024.0 * 1024.0);
    return mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format("%.1f", mb);
  }
}
