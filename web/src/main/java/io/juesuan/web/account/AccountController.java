package io.juesuan.web.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** 登录 and the landing page after it, by role. */
@Controller
class AccountController {

  @GetMapping("/login")
  String login() {
    return "account/login";
  }

  @GetMapping("/account/home")
  String home(@AuthenticationPrincipal CurrentUser user) {
    return switch (user.role()) {
      case FILER -> "redirect:/filing";
      case REVIEWER -> "redirect:/review";
      case ADMIN -> "redirect:/admin";
    };
  }
}
