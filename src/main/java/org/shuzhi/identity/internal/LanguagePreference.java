package org.shuzhi.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.shuzhi.identity.CurrentUsers;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Remembers the language a signed-in user picks with the header's {@code ?lang=} links, so that
 * what is sent to them later (notifications) is in that language too. The page's own locale is the
 * platform's cookie; this only stores the choice on the account.
 */
@Configuration(proxyBeanMethods = false)
class LanguagePreference implements WebMvcConfigurer, HandlerInterceptor {

  private final CurrentUsers users;
  private final AccountLanguages languages;

  LanguagePreference(CurrentUsers users, AccountLanguages languages) {
    this.users = users;
    this.languages = languages;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this);
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    String lang = request.getParameter("lang");
    if (lang != null && !lang.isBlank() && "GET".equals(request.getMethod())) {
      Locale picked;
      try {
        picked = StringUtils.parseLocale(lang.strip());
      } catch (IllegalArgumentException e) {
        return true; // the platform ignores an invalid locale too
      }
      users.find().ifPresent(u -> languages.remember(u.username(), picked));
    }
    return true;
  }
}
