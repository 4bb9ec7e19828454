package org.shuzhi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(ShuzhiApplication.class);

  @Test
  void modulesRespectTheirBoundaries() {
    modules.verify();
  }

  @Test
  void everyDesignModuleIsPresent() {
    assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
        .contains(
            "platform",
            "core",
            "area",
            "identity",
            "audit",
            "enterprise",
            "map",
            "demo",
            "risk",
            "hazard",
            "inspection",
            "monitoring",
            "notification",
            "command");
  }

  @Test
  void writesModuleDocumentation() {
    new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    java.nio.file.Path docs = java.nio.file.Path.of("target", "spring-modulith-docs");
    assertThat(docs.resolve("components.puml")).exists();
    modules.forEach(
        m -> assertThat(docs.resolve("module-" + m.getIdentifier() + ".puml")).exists());
  }
}
