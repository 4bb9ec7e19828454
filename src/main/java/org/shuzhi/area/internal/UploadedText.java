package org.shuzhi.area.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.shuzhi.area.BoundaryUploadProblem;
import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded GeoJSON file as UTF-8 text without a byte-order mark (RFC 8259 section 8.1), or the
 * problem that it is missing or too large (never both).
 */
record UploadedText(String text, BoundaryUploadProblem problem) {

  static UploadedText of(MultipartFile file) {
    if (file == null || file.isEmpty()) {
      return new UploadedText(null, BoundaryUploadProblem.ofFile("area.upload.empty"));
    }
    if (file.getSize() > UploadedFeatures.MAX_CHARS) {
      return new UploadedText(
          null,
          BoundaryUploadProblem.ofFile(
              "area.upload.tooLarge", String.valueOf(UploadedFeatures.MAX_CHARS / 1024 / 1024)));
    }
    try {
      String text = new String(file.getBytes(), StandardCharsets.UTF_8);
      // Some editors write a byte-order mark, which JSON does not allow.
      return new UploadedText(text.startsWith("\uFEFF") ? text.substring(1) : text, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  boolean failed() {
    return problem != null;
  }
}
