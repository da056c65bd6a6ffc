package io.juesuan.importer.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.importer.Line;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * The vertical rules of a drawn table, however a producer draws them — stroked lines, the edges of
 * stroked rectangles, thin filled bars — are found where the text stripper puts its words, and give
 * each word of a line its cell.
 */
class RulingsTest {
  private static final float TOP = 842f; // A4 portrait height

  /** A one-row table: cells [100, 300] and [300, 340], a label cell [40, 100], text at y = 200. */
  private static byte[] table(String producer) throws Exception {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        float y0 = TOP - 210;
        float y1 = TOP - 185;
        switch (producer) {
          case "lines" -> {
            for (float x : new float[] {40, 100, 300, 340}) {
              s.moveTo(x, y0);
              s.lineTo(x, y1);
            }
            s.stroke();
          }
          case "rectangles" -> {
            s.addRect(40, y0, 60, y1 - y0);
            s.addRect(100, y0, 200, y1 - y0);
            s.addRect(300, y0, 40, y1 - y0);
            s.stroke();
          }
          case "bars" -> {
            for (float x : new float[] {40, 100, 300, 340}) {
              s.addRect(x - 0.25f, y0, 0.5f, y1 - y0);
            }
            s.fill();
          }
          default -> throw new IllegalArgumentException(producer);
        }
        s.beginText();
        s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
        s.newLineAtOffset(45, TOP - 200);
        s.showText("Total");
        s.newLineAtOffset(215, 0); // right-aligned in the wide cell: 260 … 296
        s.showText("1234.56");
        s.newLineAtOffset(50, 0);
        s.showText("0.50");
        s.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static Line line(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<Line> lines = PositionedTextStripper.lines(doc, 1);
      assertThat(lines).hasSize(1);
      return lines.get(0);
    }
  }

  @Test
  void rulesDrawnAsLinesRectanglesOrBarsGiveEachWordItsCell() throws Exception {
    for (String producer : new String[] {"lines", "rectangles", "bars"}) {
      Line l = line(table(producer));
      assertThat(l.rulings()).as(producer).hasSize(4);
      assertThat(l.rulings().get(0))
          .as(producer)
          .isCloseTo(40f, org.assertj.core.data.Offset.offset(0.5f));
      Line.Word amount =
          l.words().stream().filter(w -> w.text().equals("1234.56")).findFirst().orElseThrow();
      assertThat(l.cellOf(amount))
          .as(producer)
          .containsExactly(new float[] {100f, 300f}, org.assertj.core.data.Offset.offset(0.5f));
      Line.Word half =
          l.words().stream().filter(w -> w.text().equals("0.50")).findFirst().orElseThrow();
      assertThat(l.cellOf(half))
          .as(producer)
          .containsExactly(new float[] {300f, 340f}, org.assertj.core.data.Offset.offset(0.5f));
    }
  }

  @Test
  void aLineWithoutRulesHasNoCells() throws Exception {
    Line l = new Line(1, List.of(new Line.Word("1.00", 10, 30, 100)));
    assertThat(l.cellOf(l.words().get(0))).isNull();
  }
}
