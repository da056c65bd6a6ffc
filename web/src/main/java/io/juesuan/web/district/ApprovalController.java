package io.juesuan.web.district;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 批复日期: the admin enters the 批复 date of a year and of department-years approved otherwise. */
@Controller
class ApprovalController {
  private final DistrictService district;

  ApprovalController(DistrictService district) {
    this.district = district;
  }

  @GetMapping("/admin/approvals")
  String page(@RequestParam Optional<Integer> year, Model model) {
    int y = district.yearOr(year);
    model.addAttribute("year", y);
    model.addAttribute("years", district.years());
    model.addAttribute("approvals", district.approvals(y));
    model.addAttribute("departments", district.departments());
    model.addAttribute("rule", district.rule());
    return "district/approvals";
  }

  @PostMapping("/admin/approvals/year")
  String setYear(
      @RequestParam int year, @RequestParam(defaultValue = "") String date, RedirectAttributes f) {
    return attempt(
        year,
        f,
        () -> {
          Optional<LocalDate> d = parse(date);
          district.setYearApproval(year, d);
          return d.map(x -> year + " 年度批复日期已设为 " + x).orElse(year + " 年度批复日期已清除");
        });
  }

  @PostMapping("/admin/approvals/department")
  String setDepartment(
      @RequestParam int year,
      @RequestParam long departmentId,
      @RequestParam(defaultValue = "") String date,
      RedirectAttributes f) {
    return attempt(
        year,
        f,
        () -> {
          Optional<LocalDate> d = parse(date);
          district.setDepartmentApproval(departmentId, year, d);
          return d.map(x -> "部门批复日期已设为 " + x).orElse("部门批复日期已清除（按年度批复日期）");
        });
  }

  private static Optional<LocalDate> parse(String text) {
    if (text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.trim()));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("批复日期应为 年-月-日（如 2024-08-05），实为 “" + text.trim() + "”");
    }
  }

  private static String attempt(
      int year, RedirectAttributes f, java.util.function.Supplier<String> action) {
    try {
      f.addFlashAttribute("notice", action.get());
    } catch (IllegalArgumentException e) {
      f.addFlashAttribute("problems", List.of(e.getMessage()));
    }
    return "redirect:/admin/approvals?year=" + year;
  }
}
