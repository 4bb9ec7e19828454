package org.shuzhi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every zh-CN bundle has an English twin with exactly the same keys, and vice versa. */
class MessageBundlesInSyncTest {

  @Test
  void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
    var resolver = new PathMatchingResourcePatternResolver();
    Resource[] bundles = resolver.getResources("classpath*:i18n/*.properties");
    int pairs = 0;
    for (Resource zh : bundles) {
      String name = zh.getFilename();
      if (name == null || name.contains("_")) {
        continue;
      }
      Resource en = zh.createRelative(name.replace(".properties", "_en.properties"));
      assertThat(en.exists()).as("English twin of %s", name).isTrue();
      Set<String> zhKeys = keys(zh);
      Set<String> enKeys = keys(en);
      assertThat(enKeys).as("keys of %s vs its English twin", name).isEqualTo(zhKeys);
      pairs++;
    }
    assertThat(pairs).isGreaterThanOrEqualTo(5);
  }

  @Test
  void everyConfiguredBasenameExists() throws IOException {
    Properties app = new Properties();
    try (var in = getClass().getResourceAsStream("/application.properties")) {
      app.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    for (String basename : app.getProperty("spring.messages.basename").split(",")) {
      assertThat(getClass().getResource("/" + basename.trim() + ".properties"))
          .as(basename)
          .isNotNull();
    }
  }

  private static Set<String> keys(Resource bundle) throws IOException {
    Properties p = new Properties();
    try (var reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
      p.load(reader);
    }
    return new TreeSet<>(p.stringPropertyNames());
  }
}
