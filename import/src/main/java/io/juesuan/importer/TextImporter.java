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
    List<Line> lines = new ArrayList<>();
    int page = 1;
    for (String l : text.replace("\uFEFF", "").split("\r?\n|\r", -1)) {
      if (l.indexOf('\f') >= 0) {
        page++;
      }
      lines.add(Line.ofText(page, l.replace('\f', ' ')));
    }
    return DocumentReader.read(source, lines);
  }
}
