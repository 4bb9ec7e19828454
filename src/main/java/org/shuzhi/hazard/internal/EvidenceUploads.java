package org.shuzhi.hazard.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.shuzhi.platform.InvalidInputException;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reads uploaded photos without trusting their declared size: at most one byte more than the limit
 * is read, so an oversized file is refused without being held in memory.
 */
@Component
class EvidenceUploads {

  private final PhotoCheck check;

  EvidenceUploads(PhotoCheck check) {
    this.check = check;
  }

  byte[] read(MultipartFile file) throws IOException {
    if (file == null || file.isEmpty()) {
      throw new InvalidInputException("file", "hazard.evidence.empty");
    }
    if (check.tooLarge(file.getSize())) {
      throw new InvalidInputException("file", "hazard.evidence.tooLarge", check.megabytes());
    }
    try (InputStream in = file.getInputStream()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, check.maxBytes() + 1));
      if (check.tooLarge(bytes.length)) {
        throw new InvalidInputException("file", "hazard.evidence.tooLarge", check.megabytes());
      }
      return bytes;
    }
  }

  /** The non-empty files of a form (a phone form sends an empty part when no photo was taken). */
  List<byte[]> readAll(List<MultipartFile> files) throws IOException {
    List<byte[]> photos = new ArrayList<>();
    if (files != null) {
      for (MultipartFile f : files) {
        if (f != null && !f.isEmpty()) {
          photos.add(read(f));
        }
      }
    }
    return photos;
  }
}
