package io.juesuan.web.review;

import io.juesuan.core.filing.ReportHeader;
import io.juesuan.core.filing.ReportQuery;
import io.juesuan.core.filing.ReportState;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.usecase.CheckReport;
import io.juesuan.web.account.CurrentUser;
import io.juesuan.web.report.ActionOutcome;
import io.juesuan.web.report.ReportService;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 审核: the 财政局's queue of submissions; read the findings, comment, return or approve (approval
 * publishes).
 */
@Controller
class ReviewController {
  private final ReportService reports;

  ReviewController(ReportService reports) {
    this.reports = reports;
  }

  @GetMapping("/review")
  String queue(@AuthenticationPrincipal CurrentUser user, Model model) {
    model.addAttribute(
        "queue",
        reports.list(Optional.of(user), ReportQuery.inStates(Set.of(ReportState.SUBMITTED))));
    model.addAttribute(
        "others",
        reports.list(
            Optional.of(user),
            ReportQuery.inStates(
                Set.of(ReportState.DRAFT, ReportState.RETURNED, ReportState.PUBLISHED))));
    return "review/queue";
  }

  @GetMapping("/review/reports/{id}")
  String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
    ReportHeader h = reports.readable(Optional.of(user), id);
    FinalAccounts a = reports.accounts(Optional.of(user), id);
    CheckReport.Checked checked = reports.check(a);
    model.addAttribute("h", h);
    model.addAttribute("a", a);
    model.addAttribute("findings", reports.findings(a, checked.result()));
    model.addAttribute("summary", checked.result().summary());
    model.addAttribute("trail", reports.trail(Optional.of(user), id));
    model.addAttribute("attachments", reports.attachments(user, id));
    return "review/show";
  }

  @PostMapping("/review/reports/{id}/approve")
  String approve(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long id,
      @RequestParam int lockVersion,
      @RequestParam(defaultValue = "") String note,
      @RequestParam(defaultValue = "false") boolean confirmed,
      RedirectAttributes flash) {
    if (!confirmed) { // approval publishes: only from the confirmation page
      return "redirect:/review/reports/" + id + "/confirm";
    }
    return ActionOutcome.redirect(
        "/review/reports/" + id,
        flash,
        "已审核通过并公开",
        () -> reports.approve(user, id, lockVersion, Optional.of(note)));
  }

  @PostMapping("/review/reports/{id}/return")
  String returnToFiler(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long id,
      @RequestParam int lockVersion,
      @RequestParam(defaultValue = "") String note,
      @RequestParam(value = "attachment", required = false) MultipartFile attachment,
      RedirectAttributes flash) {
    boolean attached = attachment != null && !attachment.isEmpty();
    return ActionOutcome.redirect(
        "/review/reports/" + id,
        flash,
        attached ? "已退回填报单位修改，并附上“" + attachment.getOriginalFilename() + "”" : "已退回填报单位修改",
        () -> {
          if (attached) {
            reports.returnToFiler(
                user, id, lockVersion, note, attachment.getOriginalFilename(), bytes(attachment));
          } else {
            reports.returnToFiler(user, id, lockVersion, note);
          }
        });
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @PostMapping("/review/reports/{id}/comments")
  String comment(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long id,
      @RequestParam String note,
      RedirectAttributes flash) {
    return ActionOutcome.redirect(
        "/review/reports/" + id, flash, "审核意见已记录", () -> reports.comment(user, id, note));
  }
}
