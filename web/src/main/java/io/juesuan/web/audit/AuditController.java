package io.juesuan.web.audit;

import io.juesuan.core.JuesuanException;
import io.juesuan.core.audit.PublishedReport;
import io.juesuan.core.audit.ReportAuditor;
import io.juesuan.core.rules.CheckResult;
import io.juesuan.core.rules.Finding;
import io.juesuan.importer.ReportImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * 报告核查: anyone uploads a published report (PDF or text) and gets the audit of its tables and
 * narrative.
 */
@Controller
class AuditController {
  private final ReportImporter importer = new ReportImporter();
  private final ReportAuditor auditor = new ReportAuditor();
  private final long maxBytes;

  AuditController(@Value("${juesuan.audit.max-bytes:20971520}") long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @GetMapping("/audit")
  String form() {
    return "audit/audit";
  }

  @PostMapping("/audit")
  String audit(@RequestParam("file") MultipartFile file, Model model) {
    if (file.isEmpty()) {
      model.addAttribute("problems", List.of("请选择要核查的PDF文件"));
      return "audit/audit";
    }
    if (file.getSize() > maxBytes) {
      model.addAttribute(
          "problems", List.of("文件过大，已拒绝：核查的PDF不能超过 " + (maxBytes / 1048576) + " MB"));
      return "audit/audit";
    }
    String name = file.getOriginalFilename() == null ? "上传的报告" : file.getOriginalFilename();
    try {
      PublishedReport report = importer.read(name, file.getBytes());
      CheckResult result = auditor.audit(report);
      List<Finding> findings = result.sorted();
      model.addAttribute("source", name);
      model.addAttribute("department", report.department().orElse("（未识别）"));
      model.addAttribute("year", report.fiscalYear().map(String::valueOf).orElse("（未识别）"));
      model.addAttribute("summary", result.summary());
      model.addAttribute("findings", findings);
    } catch (JuesuanException e) {
      model.addAttribute("problems", List.of(e.getMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "audit/audit";
  }
}
