package org.shuzhi.efficiency.internal;

import java.util.List;
import org.shuzhi.identity.PublicApiReads;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The public listing's JSON is open to GET without sign-in. */
@Configuration(proxyBeanMethods = false)
class WorkflowConfiguration {

  @Bean
  PublicApiReads publicEfficiencyReads() {
    return new PublicApiReads(List.of("/api/v1/public/efficiency/{year:\\d+}"));
  }
}
