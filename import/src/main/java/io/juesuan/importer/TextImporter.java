package io.juesuan.importer;

import io.juesuan.core.audit.PublishedReport;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports a report given as text extracted from its PDF (line breaks and column order as the
 * extraction left them).
 */
public final class TextImporter {
  private TextImporter() {}

  public static PublishedReport read(String source, String text) {
    String[] raw = text.replace("\uFEFF", "").split("\r?\n|\r", -1);
    boolean layout = isLayoutText(raw);
    List<Line> lines = new ArrayList<>();
    int page = 1;
    for (String l : raw) {
      if (l.indexOf('\f') >= 0) {
        page++;
      }
      String t = l.replace('\f', ' ');
      lines.add(layout ? Line.ofLayoutText(page, t) : Line.ofText(page, t));
    }
    return DocumentReader.read(source, lines);
  }

  /**
   * Whether the text keeps the page's columns as runs of spaces ({@code pdftotext -layout}, copy
   * from a PDF viewer in layout mode): then a word's horizontal position is its display column, and
   * tables are read by position as from a PDF. Plain extraction order has no such runs.
   */
  static boolean isLayoutText(String[] lines) {
    int nonEmpty = 0;
    int aligned = 0;
    for (String l : lines) {
      if (l.isBlank()) {
        continue;
      }
      nonEmpty++;
      if (INNER_RUN.matcher(l).find()) {
        aligned++;
      }
    }
    return nonEmpty > 0 && aligned * 10 > nonEmpty;
  }

  private static final java.util.regex.Pattern INNER_RUN =
      java.util.regex.Pattern.compile("\\S {3,}\\S");
}
