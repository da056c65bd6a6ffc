package io.juesuan.cli;

import io.juesuan.core.audit.PublishedReport;
import io.juesuan.core.money.Amount;
import io.juesuan.core.rules.CheckResult;
import io.juesuan.core.rules.Finding;
import io.juesuan.core.rules.Location;
import io.juesuan.core.rules.Severity;
import io.juesuan.core.rules.SkippedCheck;
import io.juesuan.core.table.CellRef;
import io.juesuan.core.table.ColumnNo;
import io.juesuan.core.table.DisclosureTable;
import java.util.List;
import java.util.Map;

/**
 * The audit as one self-contained HTML page: per file a summary, each finding with its sentence
 * quoted (the wrong figure or residue highlighted) or its table row shown (the cell highlighted),
 * and the checks that could not run; several files end with a summary table.
 */
final class AuditHtml {
  private static final String STYLE =
      "body{font-family:'Noto Sans SC','Microsoft YaHei',sans-serif;margin:2em;line-height:1.6}"
          + "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:2px 8px}th{background:#eee}"
          + ".error{color:#b00020}.warning{color:#a15c00}.rounding{color:#555}mark{background:#ffe066}"
          + "blockquote{margin:.3em 0 .8em 1em;padding-left:.8em;border-left:3px solid #ccc;color:#333}"
          + "td.hit{background:#ffe066;font-weight:bold}";

  private AuditHtml() {}

  static String page(List<AuditOutcome> outcomes) {
    StringBuilder b =
        new StringBuilder(
                "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>决算报告审核结果</title><style>")
            .append(STYLE)
            .append("</style></head><body>\n<h1>决算报告审核结果</h1>\n");
    for (AuditOutcome o : outcomes) {
      b.append("<section><h2>").append(esc(o.file().toString())).append("</h2>\n");
      if (o.failure().isPresent()) {
        b.append("<p class=\"error\">无法读取：")
            .append(esc(o.failure().get()))
            .append("</p></section>\n");
        continue;
      }
      file(b, o.report().orElseThrow(), o.result().orElseThrow());
      b.append("</section>\n");
    }
    if (outcomes.size() > 1) {
      b.append(
          "<h2>汇总</h2><table><tr><th scope=\"col\">文件</th><th scope=\"col\">错误</th><th scope=\"col\">尾数差异</th><th scope=\"col\">警告</th><th scope=\"col\">未能核对</th><th scope=\"col\">读取提示</th></tr>\n");
      for (AuditOutcome o : outcomes) {
        b.append("<tr><td>").append(esc(o.file().getFileName().toString())).append("</td>");
        if (o.failure().isPresent()) {
          b.append("<td colspan=\"5\">无法读取</td></tr>\n");
        } else {
          b.append("<td>")
              .append(o.count(Severity.ERROR))
              .append("</td><td>")
              .append(o.count(Severity.ROUNDING_DIFFERENCE))
              .append("</td><td>")
              .append(o.warnings())
              .append("</td><td>")
              .append(o.unread())
              .append("</td><td>")
              .append(o.reading())
              .append("</td></tr>\n");
        }
      }
      b.append("</table>\n");
    }
    return b.append("</body></html>\n").toString();
  }

  private static void file(StringBuilder b, PublishedReport report, CheckResult result) {
    b.append("<p>部门：")
        .append(esc(report.department().orElse("（未读出）")))
        .append("；年度：")
        .append(report.fiscalYear().map(String::valueOf).orElse("（未读出）"))
        .append("；格式：")
        .append(esc(report.layout()))
        .append("。")
        .append(FindingsText.summary(result))
        .append("。</p>\n<ol>\n");
    for (Finding f : result.sorted()) {
      String cls = f.severity().code();
      b.append("<li><span class=\"")
          .append(cls)
          .append("\">[")
          .append(FindingsText.isReading(f) ? "读取提示" : f.severity().label())
          .append("]</span> <code>")
          .append(esc(f.rule().value()))
          .append("</code> ")
          .append(esc(f.message()));
      where(b, report, f);
      b.append("</li>\n");
    }
    b.append("</ol>\n");
    if (!result.skipped().isEmpty()) {
      b.append("<h3>未能核对（未运行的检查）</h3><ul>\n");
      for (SkippedCheck s : result.skipped()) {
        b.append("<li><code>")
            .append(esc(s.rule().value()))
            .append("</code> ")
            .append(esc(s.description()))
            .append("：")
            .append(esc(s.reason()))
            .append("</li>\n");
      }
      b.append("</ul>\n");
    }
  }

  private static void where(StringBuilder b, PublishedReport report, Finding f) {
    Location l = f.location();
    if (l instanceof Location.Narrative n) {
      b.append("<blockquote><small>")
          .append(esc(n.section()))
          .append("</small><br>")
          .append(highlight(n.sentence(), f.actual().orElse("")))
          .append("</blockquote>");
    } else if (l instanceof Location.Cell c) {
      b.append(row(report, c.ref()));
    } else {
      b.append(" <small>（").append(esc(l.describe())).append("）</small>");
    }
  }

  private static String highlight(String sentence, String actual) {
    String text = esc(sentence);
    String a = esc(actual.replace("%", ""));
    if (a.isEmpty() || !text.contains(a)) {
      return text;
    }
    int at = text.indexOf(a);
    return text.substring(0, at) + "<mark>" + a + "</mark>" + text.substring(at + a.length());
  }

  private static String row(PublishedReport report, CellRef ref) {
    DisclosureTable t = report.tables().table(ref.table()).orElse(null);
    if (t == null) {
      return " <small>（" + esc(ref.label()) + "）</small>";
    }
    Map<ColumnNo, Amount> cells = t.rowCells(ref.row());
    String label = t.row(ref.row()).map(r -> r.label()).orElse("");
    StringBuilder b =
        new StringBuilder("<table><tr><th scope=\"row\">")
            .append(esc(ref.table().label() + " " + ref.row().value() + " " + label))
            .append("</th>");
    for (Map.Entry<ColumnNo, Amount> e : cells.entrySet()) {
      b.append("<td")
          .append(e.getKey().equals(ref.column()) ? " class=\"hit\"" : "")
          .append(">")
          .append(e.getKey().value())
          .append("栏 ")
          .append(e.getValue().plain())
          .append("</td>");
    }
    if (!cells.containsKey(ref.column())) {
      b.append("<td class=\"hit\">").append(ref.column().value()).append("栏 （空）</td>");
    }
    return b.append("</tr></table>").toString();
  }

  static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
