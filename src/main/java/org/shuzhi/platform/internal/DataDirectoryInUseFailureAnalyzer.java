package org.shuzhi.platform.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a second start on the same data directory into a two-line message, not a stack trace. */
class DataDirectoryInUseFailureAnalyzer
    extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

  @Override
  protected FailureAnalysis analyze(Throwable root, DataDirectoryInUseException cause) {
    return new FailureAnalysis(
        "数据目录 "
            + cause.directory()
            + " 已被另一个数智实例使用 / The data directory "
            + cause.directory()
            + " is already used by another running Shuzhi instance.",
        "Stop the other instance, or start this one with another directory: SHUZHI_DATA_DIR=/path"
            + " mvn spring-boot:run (or use an external PostgreSQL with SHUZHI_DB_URL).",
        cause);
  }
}
