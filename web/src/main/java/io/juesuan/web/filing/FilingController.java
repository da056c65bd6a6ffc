package io.juesuan.web.filing;

import io.juesuan.core.classification.Catalog;
import io.juesuan.core.filing.ActionRefusedException;
import io.juesuan.core.filing.FactEdits;
import io.juesuan.core.filing.FactSheet;
import io.juesuan.core.filing.Fields;
import io.juesuan.core.filing.InvalidEditException;
import io.juesuan.core.filing.ReportHeader;
import io.juesuan.core.filing.ReportQuery;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.ItemMeasure;
import io.juesuan.core.usecase.CheckReport;
import io.juesuan.dataset.xlsx.XlsxDatasetWriter;
import io.juesuan.web.account.CurrentUser;
import io.juesuan.web.admin.Administration;
import io.juesuan.web.document.DocumentService;
import io.juesuan.web.portal.ReportPage;
import io.juesuan.web.report.ReportService;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 填报: a department's filer creates a department-year, enters or uploads its facts, checks and
 * submits it.
 */
@Controller
class FilingController {
  private final ReportService reports;
  private final DatasetUpload upload;
  private final DocumentService documents;
  private final Administration administration;

  FilingController(
      ReportService reports,
      DatasetUpload upload,
      DocumentService documents,
      Administration administration) {
    this.reports = reports;
    this.upload = upload;
    this.documents = documents;
    this.administration = administration;
  }

  @GetMapping("/filing")
  String dashboard(@AuthenticationPrincipal CurrentUser user, Model model) {
    model.addAttribute("reports", reports.list(Optional.of(user), ReportQuery.all()));
    model.addAttribute("years", administration.yearsOpenForFiling());
    return "filing/dashboard";
  }

  @PostMapping("/filing/reports")
  String create(
      @AuthenticationPrincipal CurrentUser user, @RequestParam int year, RedirectAttributes flash) {
    try {
      return "redirect:/filing/reports/" + reports.create(user, year);
    } catch (ActionRefusedException | InvalidEditException e) {
      flash.addFlashAttribute("problems", List.of(e.getMessage()));
      return "redirect:/filing";
    }
  }

  @GetMapping("/filing/reports/{id}")
  String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
    ReportHeader h = ownReport(user, id);
    FinalAccounts a = reports.accounts(Optional.of(user), id);
    Map<String, String> sheet = FactSheet.of(a);
    Catalog catalog = io.juesuan.core.edition.Editions.installed().forAccounts(a).catalog();
    model.addAttribute("h", h);
    model.addAttribute("a", a);
    model.addAttribute("sheet", sheet);
    model.addAttribute("measures", ItemMeasure.values());
    model.addAttribute("factGroups", Fields.installed().factGroups(sheet));
    model.addAttribute("texts", Fields.installed().form("texts", sheet));
    model.addAttribute("unitKinds", io.juesuan.core.report.UnitKind.values());
    model.addAttribute(
        "functionCatalog",
        catalog.functions().stream().filter(e -> e.code().length() == 7).toList());
    model.addAttribute(
        "economicCatalog",
        catalog.economics().stream().filter(e -> e.code().length() == 5).toList());
    model.addAttribute("trail", reports.trail(Optional.of(user), id).stream().limit(15).toList());
    model.addAttribute("attachments", reports.attachments(user, id));
    addFindings(model, a);
    return "filing/edit";
  }

  @GetMapping("/filing/reports/{id}/findings")
  String findings(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
    ownReport(user, id);
    addFindings(model, reports.accounts(Optional.of(user), id));
    return "filing/findings :: panel";
  }

  /** 实时检查: the findings the typed (unsaved) values would give. */
  @PostMapping("/filing/reports/{id}/check")
  String check(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long id,
      @RequestParam MultiValueMap<String, String> form,
      Model model) {
    ownReport(user, id);
    FinalAccounts a = reports.accounts(Optional.of(user), id);
    try {
      addFindings(model, FactEdits.apply(a, FormGroups.edits(form)));
      model.addAttribute("live", true);
    } catch (InvalidEditException e) {
      addFindings(model, a);
      model.addAttribute("problems", e.problems());
    }
    return "filing/findings :: panel";
  }

  @GetMapping("/filing/reports/{id}/preview")
  String preview(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
    ReportHeader h = ownReport(user, id);
    ReportPage.fill(
        model,
        h,
        reports.accounts(Optional.of(user), id),
        reports.publicVersions(h),
        documents.documentsAvailable());
    model.addAttribute("preview", "/filing/reports/" + id);
    return "portal/report";
  }

  @GetMapping("/filing/reports/{id}/download/{format}")
  ResponseEntity<byte[]> download(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long id,
      @PathVariable String format) {
    ReportHeader h = ownReport(user, id);
    return documents.download(h, reports.accounts(Optional.of(user), id), format);
  }

  /** The blank dataset workbook to fill in Excel and upload. */
  @GetMapping("/filing/template.xlsx")
  ResponseEntity<byte[]> blankWorkbook() {
    return workbook(new XlsxDatasetWriter().write(Optional.empty()), "部门决算数据模板.xlsx");
  }

  /** This report's data as a dataset workbook (to edit offline and upload again). */
  @GetMapping("/filing/reports/{id}/dataset.xlsx")
  ResponseEntity<byte[]> reportWorkbook(
      @AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
    ReportHeader h = ownReport(user, id);
    FinalAccounts a = reports.accounts(Optional.of(user), id);
    return workbook(
        new XlsxDatasetWriter().write(Optional.of(a)),
        a.department().name() + a.fiscalYear() + "年度决算数据.xlsx");
  }

  private static ResponseEntity<byte[]> workbook(byte[] bytes, String fileName) {
    return DocumentService.attachment(
        bytes,
        org.springframework.http.MediaType.parseMediaType(
            io.juesuan.core.port.DocumentFormat.XLSX.mediaType()),
        fileName);
  }

  private ReportHeader ownReport(CurrentUser user, long id) {
    return reports.own(user, id);
  }

  private void addFindings(Model model, FinalAccounts a) {
    CheckReport.Checked checked = reports.check(a);
    model.addAttribute("findings", reports.findings(a, checked.result()));
    model.addAttribute("summary", checked.result().summary());
  }
}
