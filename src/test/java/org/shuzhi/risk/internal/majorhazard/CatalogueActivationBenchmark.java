package org.shuzhi.risk.internal.majorhazard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.shuzhi.ShuzhiApplication;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.Role;
import org.shuzhi.risk.MajorHazardRegistry;
import org.shuzhi.risk.MajorHazardSiteDraft;
import org.springframework.boot.SpringApplication;

/**
 * Switching the active catalogue version over many sites: boots the platform on a fresh embedded
 * PostgreSQL with the demo district, copies the demo's major-hazard sites until there are {@code
 * n}, then times the activation preview, the activation of a draft copy (which re-grades every
 * site) and the switch back. A figure for the documentation, not a test: {@code bench/run.sh
 * org.shuzhi.risk.internal.majorhazard.CatalogueActivationBenchmark [n]}.
 */
public final class CatalogueActivationBenchmark {

  private CatalogueActivationBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    Path dir = Files.createTempDirectory("shuzhi-catalogue-bench");
    var app = new SpringApplication(ShuzhiApplication.class);
    try (var context =
        app.run(
            "--shuzhi.data-dir=" + dir,
            "--shuzhi.db.clean-embedded=true",
            "--shuzhi.demo.enabled=true",
            "--server.port=0",
            "--logging.level.root=WARN")) {
      MajorHazardSiteRepository siteRows = context.getBean(MajorHazardSiteRepository.class);
      MajorHazardRegistry registry = context.getBean(MajorHazardRegistry.class);
      CatalogueVersions versions = context.getBean(CatalogueVersions.class);

      List<MajorHazardSite> demo = siteRows.allWithUnits();
      long t0 = System.nanoTime();
      List<MajorHazardSiteDraft> batch = new ArrayList<>();
      for (int i = demo.size(); i < n; i++) {
        MajorHazardSite s = demo.get(i % demo.size());
        batch.add(
            new MajorHazardSiteDraft(
                s.uscc(), s.name() + " #" + i, s.exposedPopulation(), s.units()));
        if (batch.size() == 500 || i == n - 1) {
          registry.register(batch, "bench", true);
          batch.clear();
        }
      }
      System.out.printf(
          Locale.ROOT,
          "%,d demo sites copied to %,d sites in %,d ms%n",
          demo.size(),
          siteRows.allWithUnits().size(),
          (System.nanoTime() - t0) / 1_000_000);

      CurrentUser admin =
          new CurrentUser("bench-admin", Role.SYSTEM_ADMIN, null, DataScope.district(), false);
      long seeded =
          versions.all().stream().filter(CatalogueVersion::active).findFirst().orElseThrow().id();
      long draft =
          versions.create(new CatalogueVersionDraft("BENCH", "benchmark copy", null), admin).id();
      time("preview (grade every site, store nothing)", () -> versions.preview(draft));
      time("activate the copy (grade and store every site)", () -> versions.activate(draft, admin));
      time("activate the seeded version again", () -> versions.activate(seeded, admin));
    } finally {
      deleteTree(dir);
    }
  }

  private static void time(String label, Runnable run) {
    long start = System.nanoTime();
    run.run();
    System.out.printf(Locale.ROOT, "%s: %,d ms%n", label, (System.nanoTime() - start) / 1_000_000);
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
