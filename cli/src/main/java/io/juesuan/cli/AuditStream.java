package io.juesuan.cli;

import io.juesuan.core.rules.Severity;
import io.juesuan.dataset.FindingsJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Writes a directory's audit file by file as each finishes (text, JSON written incrementally, or
 * JSON Lines), keeping only each file's counts for the closing summary — memory does not grow with
 * the reports' findings. The summary lists the unreadable files and why.
 */
final class AuditStream implements Consumer<AuditOutcome> {
  /** What the summary keeps of one file. */
  record Tally(
      Path file, long errors, long warnings, long rounding, int unread, Optional<String> failure) {
    static Tally of(AuditOutcome o) {
      return new Tally(
          o.file(),
          o.count(Severity.ERROR),
          o.count(Severity.WARNING),
          o.count(Severity.ROUNDING_DIFFERENCE),
          o.unread(),
          o.failure());
    }

    /** SPEC §9 for this file: 0 no errors, 1 errors, 2 unreadable. */
    int exit() {
      return failure.isPresent()
          ? ExitCodes.UNREADABLE
          : errors > 0 ? ExitCodes.ERRORS : ExitCodes.OK;
    }
  }

  private final String dir;
  private final String format;
  private final PrintWriter out;
  private final List<Tally> tallies = new ArrayList<>();

  AuditStream(String dir, String format, PrintWriter out) {
    this.dir = dir;
    this.format = format;
    this.out = out;
    if (format.equals("json")) {
      out.print("{\n\"source\": " + FindingsJson.str(dir) + ",\n\"files\": [\n");
      out.flush();
    }
  }

  @Override
  public void accept(AuditOutcome o) {
    Tally t = Tally.of(o);
    switch (format) {
      case "json" -> {
        out.print(tallies.isEmpty() ? "" : ",\n");
        out.print(fileJson(o));
      }
      case "jsonl" -> out.println(oneLine(fileJson(o)));
      default -> out.println(AuditOutput.text(o));
    }
    out.flush();
    tallies.add(t);
  }

  private static String fileJson(AuditOutcome o) {
    if (o.failure().isPresent()) {
      return "{\"source\": "
          + FindingsJson.str(o.file().toString())
          + ", \"unreadable\": "
          + FindingsJson.str(o.failure().get())
          + "}";
    }
    return FindingsJson.write(o.file().toString(), o.result().orElseThrow()).trim();
  }

  /** The pretty JSON on one line (its strings escape line breaks, so only layout is removed). */
  static String oneLine(String json) {
    return json.replaceAll("\\n\\s*", " ");
  }

  /** Ends the output with the summary; returns the overall exit status. */
  int finish() {
    switch (format) {
      case "json" -> out.print("\n],\n\"summary\": " + summaryJson() + "\n}\n");
      case "jsonl" -> out.println("{\"summary\": " + summaryJson() + "}");
      default -> out.print(summaryText());
    }
    out.flush();
    return exit(tallies);
  }

  /**
   * Overall status: 2 only when no file could be read; else 1 when any file has errors or could not
   * be read; else 0.
   */
  static int exit(List<Tally> tallies) {
    if (!tallies.isEmpty() && tallies.stream().allMatch(t -> t.failure().isPresent())) {
      return ExitCodes.UNREADABLE;
    }
    return tallies.stream().anyMatch(t -> t.exit() != ExitCodes.OK)
        ? ExitCodes.ERRORS
        : ExitCodes.OK;
  }

  private String summaryJson() {
    StringBuilder b = new StringBuilder("{\"files\": ").append(tallies.size());
    b.append(", \"withErrors\": ").append(tallies.stream().filter(t -> t.errors() > 0).count());
    b.append(", \"unreadable\": [");
    String sep = "";
    for (Tally t : tallies) {
      if (t.failure().isPresent()) {
        b.append(sep)
            .append("{\"source\": ")
            .append(FindingsJson.str(t.file().toString()))
            .append(", \"reason\": ")
            .append(FindingsJson.str(t.failure().get()))
            .append("}");
        sep = ", ";
      }
    }
    return b.append("], \"exit\": ").append(exit(tallies)).append("}").toString();
  }

  private String summaryText() {
    int width =
        Math.max(
            4,
            tallies.stream()
                .mapToInt(t -> AuditOutput.displayWidth(t.file().getFileName().toString()))
                .max()
                .orElse(4));
    StringBuilder b = new StringBuilder("汇总（" + dir + "）\n");
    b.append(pad("文件", width)).append("  错误  警告  尾数差异  未运行检查\n");
    List<Tally> unreadable = new ArrayList<>();
    for (Tally t : tallies) {
      b.append(pad(t.file().getFileName().toString(), width));
      if (t.failure().isPresent()) {
        b.append("  无法读取\n");
        unreadable.add(t);
        continue;
      }
      b.append(
          String.format(
              "  %4d  %4d  %8d  %10d%n", t.errors(), t.warnings(), t.rounding(), t.unread()));
    }
    if (!unreadable.isEmpty()) {
      b.append("无法读取的文件（").append(unreadable.size()).append("）：\n");
      unreadable.forEach(
          t ->
              b.append("  ")
                  .append(t.file().getFileName())
                  .append("：")
                  .append(t.failure().get())
                  .append('\n'));
    }
    return b.toString();
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - AuditOutput.displayWidth(s)));
  }
}
