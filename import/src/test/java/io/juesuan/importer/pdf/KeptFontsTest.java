package io.juesuan.importer.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.rules.Finding;
import java.util.List;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A document's fonts are parsed once, however many pages use them, and a font damaged when parsed
 * still marks every page that uses it.
 */
class KeptFontsTest {
  private static COSObject reference(long number) {
    return new COSObject(new COSDictionary(), new COSObjectKey(number, 0));
  }

  @Test
  @DisplayName("字体在每页读完后不被丢弃：后面的页直接使用，不再解析")
  void keepsAFontAfterEachPage() {
    try (PdfDiagnostics d = PdfDiagnostics.open("fonts.pdf")) {
      KeptFonts cache = new KeptFonts(d);
      COSObject ref = reference(5);
      assertThat(cache.getFont(ref)).isNull();
      PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      cache.put(ref, font);
      for (int page = 1; page <= 10; page++) {
        assertThat(cache.getFont(ref)).isSameAs(font);
        cache.removeFont(ref); // what the text stripper does after each page
      }
      assertThat(cache.getFont(ref)).isSameAs(font);
    }
  }

  @Test
  @DisplayName("解析时出错的字体：之后使用它的每一页都列为字体受损的页")
  void aDamagedFontMarksEveryPageUsingIt() {
    try (PdfDiagnostics d = PdfDiagnostics.open("fonts.pdf")) {
      KeptFonts cache = new KeptFonts(d);
      COSObject damaged = reference(5);
      COSObject sound = reference(7);
      d.page(2);
      assertThat(cache.getFont(damaged)).isNull();
      PdfDiagnostics.record("ERROR", "org.apache.fontbox.ttf.TTFParser", "bad 'loca' table", null);
      cache.put(damaged, new PDType1Font(Standard14Fonts.FontName.HELVETICA));
      assertThat(cache.getFont(sound)).isNull();
      cache.put(sound, new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN));
      d.page(3);
      cache.getFont(sound);
      d.page(5);
      cache.getFont(damaged);
      cache.getFont(sound);
      List<Finding> findings = d.findings(new TreeSet<>());
      assertThat(findings)
          .extracting(Finding::message)
          .anyMatch(m -> m.startsWith("所用字体数据损坏（第2、5页）"));
    }
  }
}
