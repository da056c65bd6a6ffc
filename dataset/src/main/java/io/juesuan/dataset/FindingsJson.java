package io.juesuan.dataset;

import io.juesuan.core.rules.CheckResult;
import io.juesuan.core.rules.Finding;
import io.juesuan.core.rules.Location;
import io.juesuan.core.rules.SkippedCheck;
import java.util.Map;

/**
 * Findings as the JSON document of SPEC §9 (written by hand: core stays free of JSON libraries).
 */
public final class FindingsJson {
  private FindingsJson() {}

  public static String write(String source, CheckResult result) {
    StringBuilder b = new StringBuilder();
    b.append("{\n  \"source\": ").append(str(source)).append(",\n  \"summary\": {");
    boolean first = true;
    for (Map.Entry<String, Long> e : result.summary().entrySet()) {
      b.append(first ? "" : ", ").append(str(e.getKey())).append(": ").append(e.getValue());
      first = false;
    }
    b.append("},\n  \"rulesRun\": ").append(result.rulesRun()).append(",\n  \"findings\": [");
    first = true;
    for (Finding f : result.sorted()) {
      b.append(first ? "\n    " : ",\n    ");
      first = false;
      b.append("{\"rule\": ")
          .append(str(f.rule().value()))
          .append(", \"severity\": ")
          .append(str(f.severity().code()))
          .append(", \"location\": ")
          .append(location(f.location()))
          .append(", \"expected\": ")
          .append(f.expected().map(FindingsJson::str).orElse("null"))
          .append(", \"actual\": ")
          .append(f.actual().map(FindingsJson::str).orElse("null"))
          .append(", \"difference\": ")
          .append(f.difference().map(d -> d.toPlainString()).orElse("null"))
          .append(", \"message\": ")
          .append(str(f.message()))
          .append('}');
    }
    b.append(first ? "],\n" : "\n  ],\n").append("  \"skipped\": [");
    first = true;
    for (SkippedCheck s : result.skipped()) {
      b.append(first ? "\n    " : ",\n    ");
      first = false;
      b.append("{\"rule\": ")
          .append(str(s.rule().value()))
          .append(", \"description\": ")
          .append(str(s.description()))
          .append(", \"reason\": ")
          .append(str(s.reason()))
          .append('}');
    }
    b.append(first ? "]\n}\n" : "\n  ]\n}\n");
    return b.toString();
  }

  static String location(Location l) {
    if (l instanceof Location.Cell c) {
      return "{\"table\": "
          + str(c.ref().table().value())
          + ", \"row\": "
          + str(c.ref().row().value())
          + ", \"column\": "
          + c.ref().column().value()
          + ", \"text\": "
          + str(l.describe())
          + "}";
    }
    if (l instanceof Location.Narrative n) {
      return "{\"section\": "
          + str(n.section())
          + ", \"sentence\": "
          + str(n.sentence())
          + ", \"text\": "
          + str(l.describe())
          + "}";
    }
    if (l instanceof Location.Source s) {
      return "{\"file\": "
          + str(s.file())
          + ", \"line\": "
          + s.line()
          + ", \"field\": "
          + str(s.field())
          + ", \"text\": "
          + str(l.describe())
          + "}";
    }
    return "{\"part\": "
        + str(((Location.Part) l).name())
        + ", \"text\": "
        + str(l.describe())
        + "}";
  }

  /** A JSON string literal. */
  public static String str(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
