package org.shuzhi.notification.internal;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The e-mail and webhook channels, built from {@code shuzhi.notification.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration {

  @Bean
  EmailChannel emailChannel(NotificationProperties properties, NoticeLinks links) {
    return new EmailChannel(properties.mail(), links);
  }

  @Bean
  WebhookChannel webhookChannel(
      NotificationProperties properties, JsonMapper json, NoticeLinks links, Clock clock) {
    return new WebhookChannel(properties.webhook(), json, links, clock);
  }
}
