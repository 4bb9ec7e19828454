package org.shuzhi.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockedDataDirectoryTest {

  @TempDir Path dir;

  @Test
  void aSecondInstanceOnTheSameDirectoryIsRefusedWithAClearMessage() throws Exception {
    try (var first = new LockedDataDirectory(dir, true)) {
      assertThatThrownBy(() -> new LockedDataDirectory(dir, true))
          .isInstanceOf(DataDirectoryInUseException.class)
          .hasMessageContaining(dir.toAbsolutePath().toString());
      var analysis =
          new DataDirectoryInUseFailureAnalyzer()
              .analyze(new DataDirectoryInUseException(dir.toAbsolutePath()));
      assertThat(analysis.getDescription()).contains("another running Shuzhi instance");
      assertThat(analysis.getAction()).contains("SHUZHI_DATA_DIR");
    }
    // Released on close: the next start succeeds.
    try (var again = new LockedDataDirectory(dir, true)) {
      assertThat(again.root()).isEqualTo(dir.toAbsolutePath().normalize());
    }
  }

  @Test
  void externalDatabaseNodesShareADirectoryWithoutLocking() throws Exception {
    try (var a = new LockedDataDirectory(dir, false);
        var b = new LockedDataDirectory(dir, false)) {
      assertThat(a.root()).isEqualTo(b.root());
    }
  }
}
