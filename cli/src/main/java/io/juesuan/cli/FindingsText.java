package io.juesuan.cli;

import io.juesuan.core.rules.CheckResult;
import io.juesuan.core.rules.Finding;
import io.juesuan.core.rules.SkippedCheck;

/** Findings for people in a terminal: one line each, grouped by severity, with a summary. */
final class FindingsText {
  private FindingsText() {}

  static String write(String source, CheckResult result) {
    StringBuilder b = new StringBuilder();
    b.append("审核：").append(source).append('\n');
    b.append("运行规则 ")
        .append(result.rulesRun())
        .append(" 条；错误 ")
        .append(result.count(io.juesuan.core.rules.Severity.ERROR))
        .append("，尾数差异 ")
        .append(result.count(io.juesuan.core.rules.Severity.ROUNDING_DIFFERENCE))
        .append("，警告 ")
        .append(result.count(io.juesuan.core.rules.Severity.WARNING))
        .append("，提示 ")
        .append(result.count(io.juesuan.core.rules.Severity.INFO))
        .append('\n');
    for (Finding f : result.sorted()) {
      b.append("[")
          .append(f.severity().label())
          .append("] ")
          .append(f.rule())
          .append("  ")
          .append(f.location().describe())
          .append("\n    ")
          .append(f.message())
          .append('\n');
    }
    if (!result.skipped().isEmpty()) {
      b.append("未能运行的检查 ").append(result.skipped().size()).append(" 项：\n");
      for (SkippedCheck s : result.skipped()) {
        b.append("  ")
            .append(s.rule())
            .append(" ")
            .append(s.description())
            .append("：")
            .append(s.reason())
            .append('\n');
      }
    }
    if (result.findings().isEmpty()) {
      b.append("未发现问题。\n");
    }
    return b.toString();
  }
}
