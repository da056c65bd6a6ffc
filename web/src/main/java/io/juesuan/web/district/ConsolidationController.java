package io.juesuan.web.district;

import io.juesuan.core.consolidation.DrillDown;
import io.juesuan.core.edition.Edition;
import io.juesuan.core.edition.Editions;
import io.juesuan.core.money.Rounding;
import io.juesuan.core.rules.CheckResult;
import io.juesuan.core.table.CellRef;
import io.juesuan.core.table.ColumnNo;
import io.juesuan.core.table.RowNo;
import io.juesuan.core.table.TableId;
import io.juesuan.core.table.TableLayout;
import io.juesuan.web.portal.ReportTextView;
import io.juesuan.web.report.ReportService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 区级汇总: the admin builds the district's 汇总 of a year from the published department-years, reads its
 * nine tables, checks, eliminations and 情况说明, and drills from any figure to the departments that
 * make it up.
 */
@Controller
class ConsolidationController {
  private final DistrictService district;
  private final PublishedAccounts published;
  private final DistrictConsolidation consolidation;
  private final ReportService reports;

  ConsolidationController(
      DistrictService district,
      PublishedAccounts published,
      DistrictConsolidation consolidation,
      ReportService reports) {
    this.district = district;
    this.published = published;
    this.consolidation = consolidation;
    this.reports = reports;
  }

  @GetMapping("/admin/district")
  String index(@RequestParam Optional<Integer> year, Model model) {
    int y = district.yearOr(year);
    model.addAttribute("year", y);
    model.addAttribute("years", district.years());
    model.addAttribute("parts", published.published(y));
    return "district/build";
  }

  @PostMapping("/admin/district/build")
  String build(@RequestParam int year, RedirectAttributes flash) {
    try {
      Optional<DistrictConsolidation.District> d = consolidation.build(year);
      if (d.isEmpty()) {
        flash.addFlashAttribute("problems", List.of(year + " 年度还没有已公开的部门决算，无法汇总"));
        return "redirect:/admin/district?year=" + year;
      }
      flash.addFlashAttribute(
          "notice", "已生成 " + year + " 年度区级汇总（" + d.get().parts().size() + " 个部门）");
      return "redirect:/admin/district/" + year;
    } catch (IllegalArgumentException e) {
      flash.addFlashAttribute("problems", List.of("无法汇总：" + e.getMessage()));
      return "redirect:/admin/district?year=" + year;
    }
  }

  @GetMapping("/admin/district/{year}")
  String show(@PathVariable int year, Model model, RedirectAttributes flash) {
    Optional<DistrictConsolidation.District> found;
    try {
      found = consolidation.district(year);
    } catch (IllegalArgumentException e) {
      flash.addFlashAttribute("problems", List.of("无法汇总：" + e.getMessage()));
      return "redirect:/admin/district?year=" + year;
    }
    if (found.isEmpty()) {
      flash.addFlashAttribute("problems", List.of(year + " 年度还没有已公开的部门决算，无法汇总"));
      return "redirect:/admin/district?year=" + year;
    }
    DistrictConsolidation.District d = found.get();
    var checked = d.consolidated().checked();
    var sum = d.consolidated().result().accounts();
    CheckResult result = checked.result();
    model.addAttribute("d", d);
    model.addAttribute("year", year);
    model.addAttribute("tables", DistrictTables.of(sum, checked.tables()));
    model.addAttribute("summary", result.summary());
    model.addAttribute("findings", reports.findings(sum, result));
    model.addAttribute(
        "eliminations",
        d.consolidated().result().eliminations().stream().map(e -> e.describe()).toList());
    model.addAttribute("notes", d.consolidated().result().notes());
    ReportTextView text = ReportTextView.of(sum, checked.tables().toWanYuan());
    model.addAttribute("explanation", text.parts().isEmpty() ? null : text.parts().get(0));
    return "district/consolidation";
  }

  @GetMapping("/admin/district/{year}/cell")
  String cell(
      @PathVariable int year,
      @RequestParam String table,
      @RequestParam String row,
      @RequestParam int column,
      Model model,
      RedirectAttributes flash) {
    Optional<DistrictConsolidation.District> found = consolidation.district(year);
    if (found.isEmpty()) {
      flash.addFlashAttribute("problems", List.of(year + " 年度还没有已公开的部门决算，无法汇总"));
      return "redirect:/admin/district?year=" + year;
    }
    DistrictConsolidation.District d = found.get();
    CellRef ref;
    try {
      ref = new CellRef(TableId.of(table), RowNo.of(row), ColumnNo.of(column));
    } catch (IllegalArgumentException e) {
      flash.addFlashAttribute("problems", List.of("单元格无效：" + e.getMessage()));
      return "redirect:/admin/district/" + year;
    }
    DrillDown.Source s = d.drillDown().source(ref);
    Edition e = Editions.installed().forAccounts(d.consolidated().result().accounts());
    TableLayout layout = e.layouts().table(ref.table());
    String rowLabel =
        d.consolidated()
            .checked()
            .tables()
            .table(ref.table())
            .flatMap(t -> t.row(ref.row()))
            .map(r -> r.kind().isCode() ? r.no().value() + " " + r.label() : r.label())
            .orElse(ref.row().value());
    String columnLabel =
        layout.column(ref.column()).map(c -> c.fullName().replace("/", " · ")).orElse("");
    List<Contribution> parts = new ArrayList<>();
    for (DrillDown.Contribution c : s.contributions()) {
      var p = d.parts().get(c.index());
      parts.add(
          new Contribution(c.part(), p.row().reportId(), Rounding.toWanYuan(c.amount()).grouped()));
    }
    model.addAttribute("d", d);
    model.addAttribute("year", year);
    model.addAttribute(
        "tableTitle", layout.printedLabel().map(l -> l + " ").orElse("") + layout.titleFor(year));
    model.addAttribute("rowLabel", rowLabel);
    model.addAttribute("columnLabel", columnLabel + "（" + ref.column().value() + "栏）");
    model.addAttribute("cellLabel", ref.label());
    model.addAttribute("total", Rounding.toWanYuan(s.consolidated()).grouped());
    model.addAttribute("partsTotal", Rounding.toWanYuan(s.partsTotal()).grouped());
    model.addAttribute(
        "eliminated",
        s.eliminated().isZero() ? null : Rounding.toWanYuan(s.eliminated()).grouped());
    model.addAttribute("contributions", parts);
    return "district/cell";
  }

  /** A department's figure in the drilled cell (万元) and its published report. */
  record Contribution(String department, long reportId, String amount) {}
}
