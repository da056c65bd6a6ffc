package io.juesuan.web.compare;

import io.juesuan.core.filing.ReportHeader;
import io.juesuan.core.filing.ReportQuery;
import io.juesuan.core.filing.ReportState;
import io.juesuan.web.report.KeyFigures;
import io.juesuan.web.report.ReportService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** 横向比较: the published reports of one year, each with its key figures (万元). */
@Component
public class Comparison {
  public record Line(ReportHeader header, KeyFigures figures) {}

  private final ReportService reports;

  Comparison(ReportService reports) {
    this.reports = reports;
  }

  public List<Line> of(int year) {
    List<Line> lines = new ArrayList<>();
    for (ReportHeader h :
        reports.list(
            Optional.empty(),
            ReportQuery.inStates(Set.of(ReportState.PUBLISHED)).year(Optional.of(year)))) {
      lines.add(new Line(h, KeyFigures.of(reports.accounts(Optional.empty(), h.id()))));
    }
    return lines;
  }

  public static String csv(int year, List<Line> lines) {
    StringBuilder out =
        new StringBuilder(
            "year,department,version,total,fiscal_income,three_public_budget,three_public_actual,operating_costs,execution_rate_percent\n");
    for (Line l : lines) {
      KeyFigures k = l.figures();
      out.append(year)
          .append(',')
          .append(quote(l.header().deptName()))
          .append(',')
          .append(l.header().versionNo())
          .append(',')
          .append(k.total().plain())
          .append(',')
          .append(k.fiscalIncome().plain())
          .append(',')
          .append(k.threePublicBudget().plain())
          .append(',')
          .append(k.threePublicActual().plain())
          .append(',')
          .append(k.operatingCosts().plain())
          .append(',')
          .append(k.executionRate().percent(2).map(p -> p.toPlainString()).orElse(""))
          .append('\n');
    }
    return out.toString();
  }

  private static String quote(String s) {
    String safe =
        s.startsWith("=") || s.startsWith("+") || s.startsWith("-") || s.startsWith("@")
            ? "'" + s
            : s;
    return "\"" + safe.replace("\"", "\"\"") + "\"";
  }
}
