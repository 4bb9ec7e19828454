package org.shuzhi.platform.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page: the menu of what the user may use, as cards. */
@Controller
class HomeController {
  @GetMapping("/")
  String home() {
    return "home";
  }
}
