package io.juesuan.web.admin;

import io.juesuan.core.filing.Role;
import io.juesuan.core.report.UnitKind;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 系统管理: departments, user accounts and fiscal years. */
@Controller
class AdminController {
  private final Administration administration;

  AdminController(Administration administration) {
    this.administration = administration;
  }

  @GetMapping("/admin")
  String index(Model model) {
    model.addAttribute("departments", administration.departments());
    model.addAttribute("users", administration.users());
    model.addAttribute("years", administration.years());
    model.addAttribute("kinds", UnitKind.values());
    model.addAttribute("roles", Role.values());
    return "admin/index";
  }

  @PostMapping("/admin/departments")
  String addDepartment(
      @RequestParam String name,
      @RequestParam String shortName,
      @RequestParam(defaultValue = "") String region,
      @RequestParam UnitKind kind,
      RedirectAttributes flash) {
    return show(administration.addDepartment(name, shortName, region, kind), flash);
  }

  @PostMapping("/admin/users")
  String addUser(
      @RequestParam String username,
      @RequestParam String displayName,
      @RequestParam String password,
      @RequestParam Role role,
      @RequestParam Optional<Long> departmentId,
      RedirectAttributes flash) {
    return show(administration.addUser(username, displayName, password, role, departmentId), flash);
  }

  @PostMapping("/admin/users/{userId}/enabled")
  String enable(
      @org.springframework.security.core.annotation.AuthenticationPrincipal
          io.juesuan.web.account.CurrentUser admin,
      @PathVariable long userId,
      @RequestParam boolean enabled,
      RedirectAttributes flash) {
    return show(administration.setEnabled(admin.getUsername(), userId, enabled), flash);
  }

  @PostMapping("/admin/years")
  String openYear(@RequestParam int year, @RequestParam boolean open, RedirectAttributes flash) {
    return show(administration.openYear(year, open), flash);
  }

  private static String show(Administration.Outcome outcome, RedirectAttributes flash) {
    flash.addFlashAttribute("problems", outcome.problems());
    if (!outcome.notice().isEmpty()) {
      flash.addFlashAttribute("notice", outcome.notice());
    }
    return "redirect:/admin";
  }
}
