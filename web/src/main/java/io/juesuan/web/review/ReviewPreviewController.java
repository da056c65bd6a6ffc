package io.juesuan.web.review;

import io.juesuan.core.filing.ReportHeader;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.web.account.CurrentUser;
import io.juesuan.web.document.DocumentService;
import io.juesuan.web.portal.ReportPage;
import io.juesuan.web.report.ReportService;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What the 审核人 approves, seen before approving: the full report as the public will see it (key
 * figures, charts, nine tables, 情况说明, downloads of the draft's documents), and a confirmation page
 * — approval publishes, so it is a second, deliberate step.
 */
@Controller
class ReviewPreviewController {
  private final ReportService reports;
  private final DocumentService documents;

  ReviewPreviewController(ReportService reports, DocumentService documents) {
    this.reports = reports;
    this.documents = documents;
  }

  @GetMapping("/review/reports/{id}/preview")
  String preview(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
    ReportHeader h = reports.readable(Optional.of(user), id);
    ReportPage.fill(
        model,
        h,
        reports.accounts(Optional.of(user), id),
        reports.publicVersions(h),
        documents.documentsAvailable());
    model.addAttribute("preview", "/review/reports/" + id);
    return "portal/report";
  }

  @GetMapping("/review/reports/{id}/download/{format}")
  ResponseEntity<byte[]> download(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long id,
      @PathVariable String format) {
    ReportHeader h = reports.readable(Optional.of(user), id);
    return documents.download(h, reports.accounts(Optional.of(user), id), format);
  }

  /** 确认公开: what approving will do, with the findings' counts, before the final button. */
  @GetMapping("/review/reports/{id}/confirm")
  String confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
    ReportHeader h = reports.readable(Optional.of(user), id);
    FinalAccounts a = reports.accounts(Optional.of(user), id);
    model.addAttribute("h", h);
    model.addAttribute("summary", reports.check(a).result().summary());
    model.addAttribute(
        "replaces",
        reports.publicVersions(h).stream()
            .filter(v -> v.state() == io.juesuan.core.filing.ReportState.PUBLISHED)
            .findFirst()
            .orElse(null));
    return "review/confirm";
  }
}
