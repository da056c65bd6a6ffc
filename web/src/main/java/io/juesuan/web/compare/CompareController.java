package io.juesuan.web.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.juesuan.core.filing.ReportHeader;
import io.juesuan.core.filing.ReportQuery;
import io.juesuan.core.filing.ReportState;
import io.juesuan.web.document.DocumentService;
import io.juesuan.web.report.ReportService;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 部门比较: one year across departments — 收支总计, 财政拨款, 三公, 机关运行经费, 执行率 — with charts and CSV. */
@Controller
class CompareController {
  private final Comparison comparison;
  private final ReportService reports;
  private final ObjectMapper json;

  CompareController(Comparison comparison, ReportService reports, ObjectMapper json) {
    this.comparison = comparison;
    this.reports = reports;
    this.json = json;
  }

  @GetMapping("/compare")
  String compare(@RequestParam Optional<Integer> year, Model model) throws JsonProcessingException {
    List<Integer> years = years();
    int y = year.orElse(years.isEmpty() ? 2023 : years.get(0));
    List<Comparison.Line> lines = comparison.of(y);
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("departments", lines.stream().map(l -> l.header().deptShortName()).toList());
    chart.put("total", lines.stream().map(l -> l.figures().total().value()).toList());
    chart.put("fiscal", lines.stream().map(l -> l.figures().fiscalIncome().value()).toList());
    chart.put(
        "threePublic", lines.stream().map(l -> l.figures().threePublicActual().value()).toList());
    chart.put("operating", lines.stream().map(l -> l.figures().operatingCosts().value()).toList());
    chart.put(
        "rate",
        lines.stream().map(l -> l.figures().executionRate().percent(2).orElse(null)).toList());
    model.addAttribute("year", y);
    model.addAttribute("years", years);
    model.addAttribute("lines", lines);
    model.addAttribute("chart", json.writeValueAsString(chart));
    return "compare/compare";
  }

  @GetMapping("/compare.csv")
  ResponseEntity<byte[]> csv(@RequestParam int year) {
    return DocumentService.attachment(
        Comparison.csv(year, comparison.of(year)).getBytes(StandardCharsets.UTF_8),
        MediaType.parseMediaType("text/csv; charset=UTF-8"),
        year + "年度部门决算比较.csv");
  }

  private List<Integer> years() {
    TreeSet<Integer> ys = new TreeSet<>(java.util.Comparator.reverseOrder());
    for (ReportHeader h :
        reports.list(Optional.empty(), ReportQuery.inStates(Set.of(ReportState.PUBLISHED)))) {
      ys.add(h.fiscalYear());
    }
    return List.copyOf(ys);
  }
}
