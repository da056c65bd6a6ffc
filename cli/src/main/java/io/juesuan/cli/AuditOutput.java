package io.juesuan.cli;

import io.juesuan.core.rules.Severity;
import io.juesuan.dataset.FindingsJson;
import java.util.List;

/** Writes audit outcomes as text, JSON (SPEC §9) or HTML; a directory ends with a summary table. */
final class AuditOutput {
  private AuditOutput() {}

  static String one(AuditOutcome o, String format) {
    return switch (format) {
      case "json" -> FindingsJson.write(o.file().toString(), o.result().orElseThrow());
      case "html" -> AuditHtml.page(List.of(o));
      default -> text(o);
    };
  }

  static String many(String dir, List<AuditOutcome> outcomes, String format) {
    if (format.equals("html")) {
      return AuditHtml.page(outcomes);
    }
    if (format.equals("json")) {
      StringBuilder b =
          new StringBuilder("{\n\"source\": ")
              .append(FindingsJson.str(dir))
              .append(",\n\"files\": [\n");
      for (int i = 0; i < outcomes.size(); i++) {
        AuditOutcome o = outcomes.get(i);
        b.append(i == 0 ? "" : ",\n");
        if (o.failure().isPresent()) {
          b.append("{\"source\": ")
              .append(FindingsJson.str(o.file().toString()))
              .append(", \"unreadable\": ")
              .append(FindingsJson.str(o.failure().get()))
              .append("}");
        } else {
          b.append(FindingsJson.write(o.file().toString(), o.result().orElseThrow()).trim());
        }
      }
      return b.append("\n]\n}\n").toString();
    }
    StringBuilder b = new StringBuilder();
    for (AuditOutcome o : outcomes) {
      b.append(text(o)).append('\n');
    }
    return b.append(summary(outcomes)).toString();
  }

  static String text(AuditOutcome o) {
    if (o.failure().isPresent()) {
      return "审核：" + o.file() + "\n无法读取：" + o.failure().get() + "\n";
    }
    return FindingsText.write(o.file().toString(), o.result().orElseThrow());
  }

  /** 文件 | 错误 | 尾数差异 | 警告 | 未能核对 | 读取提示, aligned for a terminal. */
  static String summary(List<AuditOutcome> outcomes) {
    int width =
        Math.max(
            4,
            outcomes.stream()
                .mapToInt(o -> displayWidth(o.file().getFileName().toString()))
                .max()
                .orElse(4));
    StringBuilder b = new StringBuilder("汇总\n");
    b.append(pad("文件", width)).append("  错误  尾数差异  警告  未能核对  读取提示\n");
    for (AuditOutcome o : outcomes) {
      b.append(pad(o.file().getFileName().toString(), width));
      if (o.failure().isPresent()) {
        b.append("  无法读取\n");
        continue;
      }
      b.append(
          String.format(
              "  %4d  %8d  %4d  %8d  %8d%n",
              o.count(Severity.ERROR),
              o.count(Severity.ROUNDING_DIFFERENCE),
              o.warnings(),
              o.unread(),
              o.reading()));
    }
    return b.toString();
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - displayWidth(s)));
  }

  static int displayWidth(String s) {
    return s.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
  }
}
