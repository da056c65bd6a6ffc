package io.juesuan.web.review;

import io.juesuan.core.filing.Attachment;
import io.juesuan.web.account.CurrentUser;
import io.juesuan.web.report.ReportService;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A file attached to a return (the 更正说明), for the report's filer and the reviewers. Always a
 * download, never shown in the page: an uploaded HTML file must not run on this site.
 */
@Controller
class AttachmentController {
  private final ReportService reports;

  AttachmentController(ReportService reports) {
    this.reports = reports;
  }

  @GetMapping("/reports/{id}/attachments/{attachment}")
  ResponseEntity<byte[]> download(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long id,
      @PathVariable long attachment) {
    Attachment a = reports.attachment(user, id, attachment);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(a.mediaType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(a.fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("Content-Security-Policy", "sandbox")
        .header("X-Content-Type-Options", "nosniff")
        .body(a.bytes());
  }
}
