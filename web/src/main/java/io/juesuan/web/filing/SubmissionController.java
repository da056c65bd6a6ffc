package io.juesuan.web.filing;

import io.juesuan.core.filing.ActionRefusedException;
import io.juesuan.web.account.CurrentUser;
import io.juesuan.web.report.ActionOutcome;
import io.juesuan.web.report.ReportService;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 报送, 创建新版本 and 留言: the filer's steps in the workflow beyond editing. */
@Controller
class SubmissionController {
  private final ReportService reports;

  SubmissionController(ReportService reports) {
    this.reports = reports;
  }

  @PostMapping("/filing/reports/{id}/submit")
  String submit(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long id,
      @RequestParam int lockVersion,
      RedirectAttributes flash) {
    return ActionOutcome.redirect(
        "/filing/reports/" + id, flash, "已报送财政局审核", () -> reports.submit(user, id, lockVersion));
  }

  @PostMapping("/filing/reports/{id}/new-version")
  String newVersion(
      @AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes flash) {
    try {
      long created = reports.newVersion(user, id);
      flash.addFlashAttribute("notice", "已创建新版本，修改后请重新报送");
      return "redirect:/filing/reports/" + created;
    } catch (ActionRefusedException e) {
      flash.addFlashAttribute("problems", List.of(e.getMessage()));
      return "redirect:/filing/reports/" + id;
    }
  }

  @PostMapping("/filing/reports/{id}/comments")
  String comment(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long id,
      @RequestParam String note,
      RedirectAttributes flash) {
    return ActionOutcome.redirect(
        "/filing/reports/" + id + "#trail", flash, "留言已记录", () -> reports.comment(user, id, note));
  }
}
