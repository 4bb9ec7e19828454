package org.shuzhi.platform.internal;

import java.nio.file.Path;

/** Another running instance holds the data directory. */
final class DataDirectoryInUseException extends RuntimeException {

  private final Path directory;

  DataDirectoryInUseException(Path directory) {
    super("Data directory " + directory + " is in use by another Shuzhi instance");
    this.directory = directory;
  }

  Path directory() {
    return directory;
  }
}
