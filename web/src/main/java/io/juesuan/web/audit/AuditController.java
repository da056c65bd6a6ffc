package io.juesuan.web.audit;

import io.juesuan.core.JuesuanException;
import io.juesuan.core.audit.PublishedReport;
import io.juesuan.core.audit.ReportAuditor;
import io.juesuan.core.port.DocumentFormat;
import io.juesuan.core.rules.CheckResult;
import io.juesuan.core.rules.Finding;
import io.juesuan.importer.ReportImporter;
import io.juesuan.render.DisclosureRenderer;
import io.juesuan.render.correction.CorrectionNoteWriter;
import io.juesuan.render.correction.Corrector;
import io.juesuan.web.document.DocumentService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

  /** Reports audited lately, by token, so that the result page can offer their correction. */
  private final Map<String, PublishedReport> recent =
      Collections.synchronizedMap(
          new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PublishedReport> eldest) {
              return size() > 20;
            }
          });

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
      String token = UUID.randomUUID().toString();
      recent.put(token, report);
      model.addAttribute("token", token);
    } catch (JuesuanException e) {
      model.addAttribute("problems", List.of(e.getMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "audit/audit";
  }

  /**
   * 生成更正稿: the audited report regenerated around its printed tables (PDF, self-checked), or its
   * 更正说明 (HTML, DOCX).
   */
  @GetMapping("/audit/{token}/{part}")
  ResponseEntity<byte[]> corrected(@PathVariable String token, @PathVariable String part) {
    PublishedReport report = recent.get(token);
    if (report == null) {
      throw new org.springframework.web.server.ResponseStatusException(
          org.springframework.http.HttpStatus.NOT_FOUND, "核查结果已过期，请重新上传报告");
    }
    Corrector.Correction c = new Corrector().correct(report);
    CorrectionNoteWriter notes = new CorrectionNoteWriter();
    String base =
        c.recovered().accounts().department().name() + c.recovered().accounts().fiscalYear();
    return switch (part) {
      case "corrected.pdf" ->
          DocumentService.attachment(
              new DisclosureRenderer().render(c.document(), DocumentFormat.PDF),
              MediaType.APPLICATION_PDF,
              base + "年度部门决算（更正稿）.pdf");
      case "note.html" ->
          DocumentService.attachment(
              notes.html(c.note()), MediaType.TEXT_HTML, base + "年度部门决算更正说明.html");
      case "note.docx" ->
          DocumentService.attachment(
              notes.docx(c.note()),
              MediaType.parseMediaType(DocumentFormat.DOCX.mediaType()),
              base + "年度部门决算更正说明.docx");
      default ->
          throw new org.springframework.web.server.ResponseStatusException(
              org.springframework.http.HttpStatus.NOT_FOUND, "没有这一下载：" + part);
    };
  }
}
