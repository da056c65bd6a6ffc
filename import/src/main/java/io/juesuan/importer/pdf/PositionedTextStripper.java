package io.juesuan.importer.pdf;

import io.juesuan.importer.Line;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDFBox text stripper that keeps each word's glyph positions and hands back the page's lines.
 */
final class PositionedTextStripper extends PDFTextStripper {
  private final List<Line> lines = new ArrayList<>();
  private final List<Line.Word> current = new ArrayList<>();
  private final int page;

  private PositionedTextStripper(int page) {
    this.page = page;
    setSortByPosition(true);
    setStartPage(page);
    setEndPage(page);
  }

  static List<Line> lines(PDDocument doc, int page) throws IOException {
    PositionedTextStripper s = new PositionedTextStripper(page);
    s.writeText(doc, new StringWriter());
    s.endLine();
    return s.lines;
  }

  /**
   * Splits the line into words at blank glyphs and at gaps wider than a space, keeping each word's
   * extent.
   */
  @Override
  protected void writeString(String text, List<TextPosition> positions) {
    StringBuilder word = new StringBuilder();
    float x0 = Float.NaN;
    float x1 = Float.NaN;
    for (TextPosition p : positions) {
      String u = p.getUnicode();
      float gap = Float.isNaN(x1) ? 0 : p.getXDirAdj() - x1;
      float space = Math.max(p.getWidthOfSpace(), 1f);
      if (u == null || u.isBlank() || (word.length() > 0 && gap > space * 0.8f)) {
        x0 = flushWord(word, x0, x1);
        if (u == null || u.isBlank()) {
          x1 = Float.NaN;
          continue;
        }
      }
      if (word.length() == 0) {
        x0 = p.getXDirAdj();
      }
      word.append(u);
      x1 = p.getXDirAdj() + p.getWidthDirAdj();
    }
    flushWord(word, x0, x1);
  }

  private float flushWord(StringBuilder word, float x0, float x1) {
    if (word.length() > 0) {
      current.add(new Line.Word(word.toString(), x0, x1));
      word.setLength(0);
    }
    return Float.NaN;
  }

  @Override
  protected void writeLineSeparator() {
    endLine();
  }

  @Override
  protected void writeParagraphEnd() {
    endLine();
  }

  private void endLine() {
    if (!current.isEmpty()) {
      lines.add(new Line(page, current));
      current.clear();
    }
  }
}
