package org.shuzhi.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Holds an exclusive OS file lock on {@code <dataDir>/.lock} for the life of the process, so a
 * second instance on the same embedded database stops with a clear message instead of corrupting
 * it. The OS releases the lock if the process dies.
 */
final class LockedDataDirectory implements AutoCloseable {

  private final Path root;
  private final FileChannel channel;
  private final FileLock lock;

  LockedDataDirectory(Path root, boolean exclusive) {
    this.root = root.toAbsolutePath().normalize();
    try {
      Files.createDirectories(this.root);
      if (!exclusive) {
        channel = null;
        lock = null;
        return;
      }
      channel =
          FileChannel.open(
              this.root.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock acquired;
      try {
        acquired = channel.tryLock();
      } catch (OverlappingFileLockException sameJvm) {
        acquired = null;
      }
      if (acquired == null) {
        channel.close();
        throw new DataDirectoryInUseException(this.root);
      }
      lock = acquired;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot use data directory " + this.root, e);
    }
  }

  Path root() {
    return root;
  }

  @Override
  public void close() throws IOException {
    if (lock != null) {
      lock.release();
      channel.close();
    }
  }
}
