package io.juesuan.render.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.render.Fonts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DrawnTextTest {
  /** A one-page PDF drawn by {@code page} with the bundled serif font embedded as a subset. */
  private static byte[] pdf(PageDrawing page) throws IOException {
    return pdf(Fonts.Face.SERIF_REGULAR, page);
  }

  /** A one-page PDF drawn by {@code page} with the bundled face embedded as a subset. */
  private static byte[] pdf(Fonts.Face face, PageDrawing page) throws IOException {
    try (PDDocument doc = new PDDocument();
        InputStream in = face.open()) {
      PDFont font = PDType0Font.load(doc, in, true);
      PDPage p = new PDPage(PDRectangle.A4);
      doc.addPage(p);
      page.draw(doc, p, font);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  @FunctionalInterface
  private interface PageDrawing {
    void draw(PDDocument doc, PDPage page, PDFont font) throws IOException;
  }

  private static void line(PDPageContentStream cs, PDFont font, float x, float y, String s)
      throws IOException {
    cs.beginText();
    cs.setFont(font, 12);
    cs.newLineAtOffset(x, y);
    cs.showText(s);
    cs.endText();
  }

  @Test
  @DisplayName("按绘制顺序读出文字：同一行的片段以空格相连，换行处换行，与 PDFBox 读出的字相同")
  void readsTextInDrawingOrderWithLines() throws IOException {
    byte[] pdf =
        pdf(
            (doc, page, font) -> {
              try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                line(cs, font, 50, 700, "一、收入决算情况");
                line(cs, font, 300, 700, "990.75万元");
                line(cs, font, 50, 680, "占本年收入合计的99.95%（含“三公”经费）");
              }
            });
    assertThat(DrawnText.of(pdf)).contains("一、收入决算情况 990.75万元\n占本年收入合计的99.95%（含“三公”经费）\n");
    assertThat(SelfCheck.normalize(DrawnText.of(pdf).orElseThrow()))
        .isEqualTo(SelfCheck.normalize(PdfText.of(pdf)));
  }

  @Test
  @DisplayName("表单对象（Form XObject）中的文字也按绘制顺序读出")
  void readsTextInForms() throws IOException {
    byte[] pdf =
        pdf(
            (doc, page, font) -> {
              PDFormXObject form = new PDFormXObject(doc);
              form.setBBox(new PDRectangle(300, 50));
              form.setResources(new PDResources());
              try (PDFormContentStream fs = new PDFormContentStream(form)) {
                fs.beginText();
                fs.setFont(font, 12);
                fs.newLineAtOffset(0, 20);
                fs.showText("表单中的字");
                fs.endText();
              }
              try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                line(cs, font, 50, 700, "之前");
                cs.saveGraphicsState();
                cs.transform(Matrix.getTranslateInstance(50, 600));
                cs.drawForm(form);
                cs.restoreGraphicsState();
                line(cs, font, 50, 500, "之后");
              }
            });
    assertThat(DrawnText.of(pdf)).contains("之前\n表单中的字\n之后\n");
  }

  @Test
  @DisplayName("扩展B的字（基本平面之外，ToUnicode 中为代理对）照样读出，与 PDFBox 相同")
  void readsCharactersBeyondTheBasicPlane() throws IOException {
    byte[] pdf =
        pdf(
            Fonts.Face.EXT_B_REGULAR,
            (doc, page, rare) -> {
              try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                line(cs, rare, 50, 700, "𠀀𪛖");
              }
            });
    assertThat(DrawnText.of(pdf).map(SelfCheck::normalize)).contains("𠀀𪛖");
    assertThat(SelfCheck.normalize(PdfText.of(pdf))).isEqualTo("𠀀𪛖");
  }

  @Test
  @DisplayName("读不了的（无 ToUnicode 的标准字体）给出空，由 PDFBox 读")
  void givesNothingForAFontWithoutAToUnicodeMap() throws IOException {
    byte[] pdf =
        pdf(
            (doc, page, font) -> {
              try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                line(cs, new PDType1Font(Standard14Fonts.FontName.HELVETICA), 50, 700, "Total");
              }
            });
    assertThat(DrawnText.of(pdf)).isEmpty();
    assertThat(DrawnText.of("不是PDF".getBytes(StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  @DisplayName("词法：字面字符串的转义与嵌套括号、十六进制串中的空白与奇数位、数组、注释、数字")
  void tokens() {
    Tokens t =
        new Tokens(
            "% comment\n(a\\(b\\)c\\\\ (x) \\101\\n\\\r\nd) <48 65 6c 6c 6f 6> [(A) -250 <42>] /F1 12.5 Tf"
                .getBytes(StandardCharsets.ISO_8859_1));
    List<Object> tokens = new ArrayList<>();
    Object o;
    while ((o = t.next()) != null) {
      tokens.add(o);
    }
    assertThat(tokens).hasSize(6);
    assertThat(new String((byte[]) tokens.get(0), StandardCharsets.ISO_8859_1))
        .isEqualTo("a(b)c\\ (x) A\nd");
    assertThat(new String((byte[]) tokens.get(1), StandardCharsets.ISO_8859_1)).isEqualTo("Hello`");
    assertThat((List<?>) tokens.get(2)).hasSize(3);
    assertThat(tokens.get(3)).isEqualTo(new Tokens.Name("F1"));
    assertThat(t.number(tokens.get(4))).isEqualTo(12.5);
    assertThat(tokens.get(5)).isEqualTo(new Tokens.Operator("Tf"));
    assertThat(t.number(tokens.get(5))).isNaN();
  }

  @Test
  @DisplayName("ToUnicode：bfchar、递增的 bfrange、数组形式的 bfrange、代理对；usecmap 读不了")
  void toUnicodeMaps() {
    String cmap =
        """
        /CIDInit /ProcSet findresource begin 12 dict begin begincmap
        /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
        1 begincodespacerange <0000> <FFFF> endcodespacerange
        2 beginbfchar <0003> <0020> <0010> <D840DC00> endbfchar
        2 beginbfrange <0020> <0022> <4E00> <0030> <0031> [<6536> <5165>] endbfrange
        endcmap CMapName currentdict /CMap defineresource pop end end
        """;
    Map<Integer, String> map =
        ToUnicodeMap.parse(cmap.getBytes(StandardCharsets.ISO_8859_1)).orElseThrow();
    assertThat(map)
        .containsEntry(3, " ")
        .containsEntry(0x10, "𠀀")
        .containsEntry(0x20, "一")
        .containsEntry(0x21, "丁")
        .containsEntry(0x22, "丂")
        .containsEntry(0x30, "收")
        .containsEntry(0x31, "入")
        .hasSize(7);
    assertThat(ToUnicodeMap.parse("/Other usecmap".getBytes(StandardCharsets.ISO_8859_1)))
        .isEmpty();
    assertThat(
            ToUnicodeMap.parse(
                "1 beginbfchar <01> 7 endbfchar".getBytes(StandardCharsets.ISO_8859_1)))
        .isEmpty();
  }
}
