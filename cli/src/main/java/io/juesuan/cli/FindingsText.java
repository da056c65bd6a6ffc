package io.juesuan.cli;

import io.juesuan.core.rules.CheckResult;
import io.juesuan.core.rules.Finding;
import io.juesuan.core.rules.Severity;
import io.juesuan.core.rules.SkippedCheck;

/** Findings for people in a terminal: one line each, grouped by severity, with a summary. */
final class FindingsText {
  private FindingsText() {}

  /** A finding about the reading itself (a question to the user), not about the report. */
  static boolean isReading(Finding f) {
    return f.rule().value().startsWith("IMPORT-");
  }

  /** 错误 / 尾数差异 / 警告 / 未能核对 / 读取提示: reading questions counted apart from warnings. */
  static String summary(CheckResult result) {
    long reading = result.findings().stream().filter(FindingsText::isReading).count();
    long warnings =
        result.findings().stream()
            .filter(f -> f.severity() == Severity.WARNING && !isReading(f))
            .count();
    return "错误 "
        + result.count(Severity.ERROR)
        + "，尾数差异 "
        + result.count(Severity.ROUNDING_DIFFERENCE)
        + "，警告 "
        + warnings
        + "，未能核对 "
        + result.skipped().size()
        + "，读取提示 "
        + reading
        + "，提示 "
        + result.findings().stream()
            .filter(f -> f.severity() == Severity.INFO && !isReading(f))
            .count();
  }

  static String write(String source, CheckResult result) {
    StringBuilder b = new StringBuilder();
    b.append("审核：").append(source).append('\n');
    b.append("运行规则 ").append(result.rulesRun()).append(" 条；").append(summary(result)).append('\n');
    for (Finding f : result.sorted()) {
      b.append("[")
          .append(isReading(f) ? "读取提示" : f.severity().label())
          .append("] ")
          .append(f.rule())
          .append("  ")
          .append(f.location().describe())
          .append("\n    ")
          .append(f.message())
          .append('\n');
    }
    if (!result.skipped().isEmpty()) {
      b.append("未能核对（未运行的检查） ").append(result.skipped().size()).append(" 项：\n");
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
