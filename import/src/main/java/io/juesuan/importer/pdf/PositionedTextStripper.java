package io.juesuan.importer.pdf;

import io.juesuan.importer.Line;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** A PDFBox text stripper that keeps each word's glyph positions and hands back the page's lines. */
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

  @Override
  protected void writeString(String text, List<TextPosition> positions) {
    if (text.isBlank()) {
      return;
    }
    float x0 = positions.isEmpty() ? Float.NaN : positions.get(0).getXDirAdj();
    TextPosition last = positions.isEmpty() ? null : positions.get(positions.size() - 1);
    float x1 = last == null ? Float.NaN : last.getXDirAdj() + last.getWidthDirAdj();
    for (String part : text.trim().split("\\s+")) {
      current.add(new Line.Word(part, x0, x1));
    }
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
