package org.shuzhi.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** The instance's data directory; modules write their files below it. */
public interface DataDirectory {

  Path root();

  /** Writes a secret (a generated password) readable by the owner only (mode 600). */
  default Path writeSecret(String fileName, String content) {
    Path file = root().resolve(fileName);
    try {
      Files.deleteIfExists(file);
      Files.createFile(file);
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException notPosix) {
        // Windows: the file inherits the directory's ACL; nothing more we can do portably.
      }
      Files.writeString(file, content);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }
}
