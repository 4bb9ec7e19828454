package org.shuzhi.hazard.internal;

import java.time.Clock;
import org.shuzhi.platform.DataDirectory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The workflow, the photo rules and the evidence store, built from {@code shuzhi.hazard.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HazardProperties.class)
class HazardConfiguration {

  @Bean
  HazardWorkflow hazardWorkflow(HazardProperties properties) {
    return new HazardWorkflow(properties.regulatorDepartment());
  }

  @Bean
  PhotoCheck hazardPhotoCheck(HazardProperties properties) {
    return new PhotoCheck(properties.evidence().maxSize().toBytes());
  }

  @Bean
  EvidenceStore hazardEvidenceStore(DataDirectory dataDirectory, Clock clock) {
    return new FileSystemEvidenceStore(dataDirectory.root().resolve("evidence"), clock);
  }
}
