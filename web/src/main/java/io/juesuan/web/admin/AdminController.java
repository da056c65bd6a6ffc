package io.juesuan.web.admin;

import io.juesuan.core.report.UnitKind;
import io.juesuan.persistence.JdbcAccountRepository;
import io.juesuan.persistence.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
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
  private final JdbcAccountRepository accounts;
  private final PasswordEncoder encoder;
  private final Clock clock;

  AdminController(JdbcAccountRepository accounts, PasswordEncoder encoder, Clock clock) {
    this.accounts = accounts;
    this.encoder = encoder;
    this.clock = clock;
  }

  @GetMapping("/admin")
  String index(Model model) {
    model.addAttribute("departments", accounts.departments());
    model.addAttribute("users", accounts.users());
    model.addAttribute("years", accounts.years());
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
    List<String> problems = new ArrayList<>();
    if (name.isBlank() || name.length() > 200) {
      problems.add("部门名称不能为空，且不超过200字");
    }
    if (problems.isEmpty()) {
      try {
        accounts.createDepartment(
            name.trim(),
            shortName.isBlank() ? name.trim() : shortName.trim(),
            region.trim(),
            kind,
            clock.instant());
        flash.addFlashAttribute("notice", "已添加部门 " + name.trim());
      } catch (DuplicateKeyException e) {
        problems.add("部门“" + name.trim() + "”已存在");
      }
    }
    flash.addFlashAttribute("problems", problems);
    return "redirect:/admin";
  }

  @PostMapping("/admin/users")
  String addUser(
      @RequestParam String username,
      @RequestParam String displayName,
      @RequestParam String password,
      @RequestParam Role role,
      @RequestParam Optional<Long> departmentId,
      RedirectAttributes flash) {
    List<String> problems = new ArrayList<>();
    if (!username.matches("[A-Za-z0-9_.-]{3,60}")) {
      problems.add("用户名应为3至60位字母、数字或 _ . -");
    }
    if (password.length() < 10) {
      problems.add("密码至少10位");
    }
    if (role == Role.FILER && departmentId.flatMap(accounts::department).isEmpty()) {
      problems.add("填报人必须属于一个部门");
    }
    if (problems.isEmpty()) {
      try {
        accounts.createUser(
            username,
            encoder.encode(password),
            displayName.isBlank() ? username : displayName.trim(),
            role,
            role == Role.FILER ? departmentId : Optional.empty(),
            clock.instant());
        flash.addFlashAttribute("notice", "已添加用户 " + username);
      } catch (DuplicateKeyException e) {
        problems.add("用户名“" + username + "”已存在");
      }
    }
    flash.addFlashAttribute("problems", problems);
    return "redirect:/admin";
  }

  @PostMapping("/admin/users/{userId}/enabled")
  String enable(
      @PathVariable long userId, @RequestParam boolean enabled, RedirectAttributes flash) {
    accounts.setEnabled(userId, enabled);
    flash.addFlashAttribute("notice", enabled ? "已启用账户" : "已停用账户");
    return "redirect:/admin";
  }

  @PostMapping("/admin/years")
  String openYear(@RequestParam int year, @RequestParam boolean open, RedirectAttributes flash) {
    if (year < 2000 || year > 2100) {
      flash.addFlashAttribute("problems", List.of("年度应在 2000 至 2100 之间"));
    } else {
      accounts.openYear(year, open);
      flash.addFlashAttribute("notice", year + " 年度已" + (open ? "开放填报" : "关闭填报"));
    }
    return "redirect:/admin";
  }
}
