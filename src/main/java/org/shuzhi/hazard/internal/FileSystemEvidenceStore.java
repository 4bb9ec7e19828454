package org.shuzhi.hazard.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Evidence as files under {@code <dataDir>/evidence/yyyy/MM/<uuid>.<ext>}. The key is that relative
 * path; a key of any other shape is refused before it touches the file system, so a stored key
 * cannot be bent into a path traversal.
 */
final class FileSystemEvidenceStore implements EvidenceStore {

  private static final Pattern KEY =
      Pattern.compile(
          "\\d{4}/\\d{2}/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.(jpg|png|webp)");
  private static final DateTimeFormatter MONTH_DIR = DateTimeFormatter.ofPattern("yyyy/MM");

  private final Path root;
  private final Clock clock;

  FileSystemEvidenceStore(Path root, Clock clock) {
    this.root = root.toAbsolutePath().normalize();
    this.clock = clock;
  }

  @Override
  public String put(byte[] content, PhotoType type) {
    String month = MONTH_DIR.format(clock.instant().atZone(ZoneId.of("Asia/Shanghai")));
    String key = month + "/" + UUID.randomUUID() + "." + type.extension();
    Path file = root.resolve(key);
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot store evidence " + key, e);
    }
    return key;
  }

  @Override
  public Optional<byte[]> get(String key) {
    if (key == null || !KEY.matcher(key).matches()) {
      return Optional.empty();
    }
    Path file = root.resolve(key).normalize();
    if (!file.startsWith(root)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read evidence " + key, e);
    }
  }
}
