package io.juesuan.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.GeneralPath;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.junit.jupiter.api.Test;

class DeferredFontSubstitutesTest {
  @Test
  void aStandardFontDrawsItsGlyphsAsWithPdfBoxsOwnMapper() throws Exception {
    PDType1Font[] before = new PDType1Font[FontName.values().length];
    for (FontName name : FontName.values()) {
      before[name.ordinal()] = new PDType1Font(name);
    }

    DeferredFontSubstitutes.install();
    DeferredFontSubstitutes.install(); // once is enough; twice changes nothing

    assertThat(FontMappers.instance()).isInstanceOf(DeferredFontSubstitutes.class);
    for (FontName name : FontName.values()) {
      PDType1Font was = before[name.ordinal()];
      PDType1Font now = new PDType1Font(name);
      String glyph =
          name.getName().startsWith("Symbol")
              ? "alpha"
              : name.getName().startsWith("Zapf") ? "a1" : "A";
      assertThat(now.hasGlyph(glyph)).as(name + " " + glyph).isEqualTo(was.hasGlyph(glyph));
      GeneralPath p = now.getPath(glyph);
      if (glyph.equals("A")) {
        assertThat(p.getBounds2D().isEmpty()).as(name + " draws A").isFalse();
      }
      assertThat(p.getBounds2D())
          .as(name + " " + glyph)
          .isEqualTo(was.getPath(glyph).getBounds2D());
      assertThat(now.getWidth(65)).isEqualTo(was.getWidth(65));
      assertThat(now.getFontMatrix()).isEqualTo(was.getFontMatrix());
    }
    // after the first use, PDFBox's own mapper serves the rest, and this one stays set
    assertThat(FontMappers.instance()).isInstanceOf(DeferredFontSubstitutes.class);
    assertThat(FontMappers.instance().getTrueTypeFont("Helvetica", null).getFont()).isNotNull();
  }
}
