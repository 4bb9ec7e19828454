package org.shuzhi.efficiency.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The files an objection may carry: PDF or JPEG/PNG photos of documents, recognised by their
 * leading bytes — the file name and declared type are the sender's claim (ASVS 5.2.2). Signatures:
 * PDF "%PDF-" (ISO 32000-1 §7.5.2), JPEG FF D8 FF, PNG 89 "PNG" 0D 0A 1A 0A.
 */
enum AttachmentType {
  PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
  JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
  PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

  private final String contentType;
  private final byte[] magic;

  AttachmentType(String contentType, byte[] magic) {
    this.contentType = contentType;
    this.magic = magic;
  }

  String contentType() {
    return contentType;
  }

  static Optional<AttachmentType> detect(byte[] content) {
    return Arrays.stream(values())
        .filter(
            t ->
                content.length >= t.magic.length
                    && Arrays.equals(content, 0, t.magic.length, t.magic, 0, t.magic.length))
        .findFirst();
  }
}
