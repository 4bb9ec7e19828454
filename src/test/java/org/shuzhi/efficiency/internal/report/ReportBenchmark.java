package org.shuzhi.efficiency.internal.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.shuzhi.identity.CurrentUser;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Report figures for {@code bench/efficiency.sh} (called by EvaluationBenchmark after its runs):
 * the Excel export of a whole run, one enterprise's report (ranks by window functions), the
 * distribution and a ranking page. Printed, not asserted.
 */
public final class ReportBenchmark {

  private ReportBenchmark() {}

  public static void measure(ApplicationContext context, long runId, CurrentUser user)
      throws IOException {
    RunExport export = context.getBean(RunExport.class);
    EnterpriseReports reports = context.getBean(EnterpriseReports.class);
    RunDistributions distributions = context.getBean(RunDistributions.class);
    Locale zh = Locale.SIMPLIFIED_CHINESE;
    for (int i = 0; i < 3; i++) {
      CountingStream out = new CountingStream();
      long t = System.nanoTime();
      int rows = export.write(runId, user, zh, out);
      System.out.printf(
          "Excel export of the run (%,d rows, %,d KB, streamed): %d ms%n",
          rows, out.bytes / 1024, ms(t));
    }
    String uscc =
        context
            .getBean(JdbcClient.class)
            .sql(
                "SELECT uscc FROM efficiency_result WHERE run_id = ? AND rank_in_group IS NOT"
                    + " NULL ORDER BY uscc LIMIT 1")
            .param(runId)
            .query(String.class)
            .single();
    for (int i = 0; i < 3; i++) {
      long t = System.nanoTime();
      var report = reports.report(runId, uscc, user, zh);
      System.out.printf(
          "一企一单 (ranks in group %d/%d, town %d/%d, industry %d/%d): %d ms%n",
          report.rankInGroup().rank(),
          report.rankInGroup().of(),
          report.rankInTown().rank(),
          report.rankInTown().of(),
          report.rankInIndustry().rank(),
          report.rankInIndustry().of(),
          ms(t));
    }
    for (int i = 0; i < 3; i++) {
      long t = System.nanoTime();
      var d = distributions.distribution(runId, null, user, zh);
      long distribution = ms(t);
      t = System.nanoTime();
      distributions.ranking(runId, null, null, null, 100, 50, user, zh);
      System.out.printf(
          "distribution (%,d enterprises): %d ms; ranking page 101: %d ms%n",
          d.enterprises(), distribution, ms(t));
    }
  }

  private static long ms(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** Counts the bytes of the export instead of keeping them. */
  private static final class CountingStream extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }
}
