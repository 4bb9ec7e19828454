package org.shuzhi.platform.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.shuzhi.platform.NavigationEntry;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the menu the current user may see into every page model. */
@ControllerAdvice
class NavigationAdvice {

  private final List<NavigationEntry> entries;

  NavigationAdvice(List<NavigationEntry> entries) {
    this.entries =
        entries.stream().sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
  }

  @ModelAttribute("currentPath")
  String currentPath(jakarta.servlet.http.HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  @ModelAttribute("currentUsername")
  String currentUsername(Authentication authentication) {
    return authentication == null ? null : authentication.getName();
  }

  /** The menu entry to highlight: the one whose path is the longest prefix of the page's path. */
  @ModelAttribute("activeNavPath")
  String activeNavPath(jakarta.servlet.http.HttpServletRequest request) {
    String path = currentPath(request);
    return entries.stream()
        .map(NavigationEntry::path)
        .filter(p -> path.equals(p) || path.startsWith(p.endsWith("/") ? p : p + "/"))
        .max(Comparator.comparingInt(String::length))
        .orElse(null);
  }

  @ModelAttribute("navigation")
  List<NavigationEntry> navigation(Authentication authentication) {
    if (authentication == null || !authentication.isAuthenticated()) {
      return List.of();
    }
    Set<String> roles =
        authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(a -> a.startsWith("ROLE_"))
            .map(a -> a.substring("ROLE_".length()))
            .collect(Collectors.toSet());
    return entries.stream().filter(e -> e.visibleTo(roles)).toList();
  }
}
