package org.shuzhi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** Pages link WebJars by their versioned path and page links stay as written. */
class StaticResourceLinksIntegrationTest extends IntegrationTest {

  @Autowired ApplicationContext context;

  @Test
  void webJarLinksAreVersionedAndPageLinksUnchanged() throws Exception {
    mvc.perform(
            get("/hazards")
                .param("town", CHENGXIANG)
                .with(user(account(Role.DISTRICT_LEADER)).roles("DISTRICT_LEADER")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/webjars/htmx.org/2.0.4/dist/htmx.min.js")))
        .andExpect(content().string(containsString("/css/shuzhi.css")))
        .andExpect(content().string(containsString("href=\"/hazards/export?town=" + CHENGXIANG)));
  }

  @Test
  void onlyOneResourceUrlEncodingFilterIsRegistered() {
    var encodingFilters =
        context.getBeansOfType(FilterRegistrationBean.class).values().stream()
            .filter(r -> r.getFilter() instanceof ResourceUrlEncodingFilter)
            .toList();
    assertThat(encodingFilters).hasSize(1);
    assertThat(encodingFilters.get(0).getFilter().getClass().getSimpleName())
        .isEqualTo("StaticResourceUrlEncodingFilter");
  }
}
