package org.shuzhi.hazard.internal;

import java.util.Optional;

/**
 * The photo formats accepted as evidence, recognised by their leading bytes (the file name and the
 * declared content type are the sender's claim, not the content).
 */
enum PhotoType {
  JPEG("image/jpeg", "jpg"),
  PNG("image/png", "png"),
  WEBP("image/webp", "webp");

  private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] RIFF = {'R', 'I', 'F', 'F'};
  private static final byte[] WEBP_TAG = {'W', 'E', 'B', 'P'};

  private final String contentType;
  private final String extension;

  PhotoType(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  String contentType() {
    return contentType;
  }

  String extension() {
    return extension;
  }

  /** The type whose signature the content starts with, if any. */
  static Optional<PhotoType> detect(byte[] content) {
    if (startsWith(content, 0, JPEG_MAGIC)) {
      return Optional.of(JPEG);
    }
    if (startsWith(content, 0, PNG_MAGIC)) {
      return Optional.of(PNG);
    }
    // RIFF container: "RIFF", 4 bytes of length, then the form type "WEBP".
    if (startsWith(content, 0, RIFF) && startsWith(content, 8, WEBP_TAG)) {
      return Optional.of(WEBP);
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
    if (content.length < offset + prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[offset + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
