package io.juesuan.web.portal;

import io.juesuan.core.filing.ReportHeader;
import io.juesuan.core.filing.ReportQuery;
import io.juesuan.core.filing.ReportState;
import io.juesuan.web.document.DocumentService;
import io.juesuan.web.report.ReportService;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** 公开门户: published reports by year and department, the report page, downloads. */
@Controller
class PortalController {
  private final ReportService reports;
  private final DocumentService documents;
  private final FrozenPages pages;

  PortalController(ReportService reports, DocumentService documents, FrozenPages pages) {
    this.reports = reports;
    this.documents = documents;
    this.pages = pages;
  }

  @GetMapping("/")
  String home(Model model) {
    List<ReportHeader> published =
        reports.list(Optional.empty(), ReportQuery.inStates(Set.of(ReportState.PUBLISHED)));
    model.addAttribute("latest", published);
    model.addAttribute("years", years(published));
    return "portal/home";
  }

  @GetMapping("/reports")
  String list(@RequestParam Optional<Integer> year, @RequestParam Optional<String> q, Model model) {
    List<ReportHeader> all =
        reports.list(Optional.empty(), ReportQuery.inStates(Set.of(ReportState.PUBLISHED)));
    List<ReportHeader> found =
        reports.list(
            Optional.empty(),
            ReportQuery.inStates(Set.of(ReportState.PUBLISHED))
                .year(year)
                .search(q.map(String::trim).filter(s -> !s.isEmpty())));
    model.addAttribute("reports", found);
    model.addAttribute("years", years(all));
    model.addAttribute("year", year.orElse(null));
    model.addAttribute("q", q.orElse(""));
    return "portal/list";
  }

  @GetMapping("/reports/{id}")
  String report(@PathVariable long id, Model model) {
    ReportHeader h = reports.readable(Optional.empty(), id);
    ReportPage.fill(
        model,
        h,
        pages.of(id, () -> reports.accounts(Optional.empty(), id)),
        reports.publicVersions(h),
        documents.documentsAvailable());
    return "portal/report";
  }

  /** 部门页: the department's current published report of every year. */
  @GetMapping("/departments/{departmentId}")
  String department(@PathVariable long departmentId, Model model) {
    List<ReportHeader> published =
        reports.list(
            Optional.empty(),
            ReportQuery.inStates(Set.of(ReportState.PUBLISHED)).department(departmentId));
    if (published.isEmpty()) {
      throw new io.juesuan.core.filing.ReportNotFoundException(departmentId);
    }
    model.addAttribute("name", published.get(0).deptName());
    model.addAttribute("reports", published);
    return "portal/department";
  }

  @GetMapping("/reports/{id}/download/{format}")
  ResponseEntity<byte[]> download(
      @PathVariable long id,
      @PathVariable String format,
      org.springframework.web.context.request.WebRequest request) {
    ReportHeader h = reports.readable(Optional.empty(), id);
    return documents.download(h, () -> reports.accounts(Optional.empty(), id), format, request);
  }

  static List<Integer> years(List<ReportHeader> headers) {
    TreeSet<Integer> ys = new TreeSet<>(java.util.Comparator.reverseOrder());
    headers.forEach(h -> ys.add(h.fiscalYear()));
    return List.copyOf(ys);
  }
}
