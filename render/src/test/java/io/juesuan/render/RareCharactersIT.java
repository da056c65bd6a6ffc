package io.juesuan.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.port.DocumentFormat;
import io.juesuan.core.report.Department;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.render.check.DrawnText;
import io.juesuan.render.check.PdfText;
import io.juesuan.testkit.SampleDatasets;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hanzi beyond GB 2312 that users legitimately type — a GBK character (堃), CJK Extension B
 * characters of HKSCS (𠀾, 𠁆) and beyond it (𠀀 U+20000, 𪛖 U+2A6D6, the first and last of
 * Extension B) of place and person names — are typeset from the bundled fallback fonts: the PDF
 * renders and passes its self-check, and its text has them. What no bundled font has (an emoji, an
 * Extension C character, a zero-width space) is reported as unprintable, so the check can refuse it
 * before publication.
 */
class RareCharactersIT {
  static final String DUTY = "负责堃𠀾𠁆𠀀𪛖地名登记工作";

  @Test
  void extensionBAndGbkHanziAreTypesetFromTheFallbackFont() throws Exception {
    FinalAccounts example = SampleDatasets.caidian2023();
    List<String> duties = new ArrayList<>(example.department().duties());
    duties.add(DUTY);
    Department d = example.department();
    FinalAccounts rare =
        new FinalAccounts(
            example.fiscalYear(),
            new Department(d.name(), d.shortName(), d.region(), d.kind(), d.units(), duties),
            example.facts(),
            example.explanations(),
            example.evaluation());
    DisclosureRenderer renderer = new DisclosureRenderer();
    byte[] pdf = renderer.render(rare, DocumentFormat.PDF);
    assertThat(PdfText.of(pdf).replaceAll("\\s+", "")).contains(DUTY);
    assertThat(DrawnText.of(pdf).orElseThrow().replaceAll("\\s+", "")).contains(DUTY);
    assertThat(fontNames(pdf)).anyMatch(name -> name.endsWith("+JuesuanHanExtB-Regular"));
    String html = new String(renderer.render(rare, DocumentFormat.HTML), StandardCharsets.UTF_8);
    assertThat(html).contains(DUTY).contains("font-family: \"" + Fonts.FALLBACK + "\"");
  }

  /** The base font names of every page's fonts (subsets carry a six-letter tag prefix). */
  private static List<String> fontNames(byte[] pdf) throws java.io.IOException {
    List<String> names = new ArrayList<>();
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      for (org.apache.pdfbox.pdmodel.PDPage page : doc.getPages()) {
        for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
          names.add(page.getResources().getFont(name).getName());
        }
      }
    }
    return names;
  }

  @Test
  void coverageKnowsWhatCanAndCannotBePrinted() {
    FontCoverage fonts = FontCoverage.bundled();
    for (int cp : DUTY.codePoints().toArray()) {
      assertThat(fonts.canPrint(cp)).as("U+%04X", cp).isTrue();
    }
    assertThat(fonts.canPrint("😀".codePointAt(0))).isFalse();
    assertThat(fonts.canPrint(0x2A6D6)).isTrue();
    assertThat(fonts.canPrint(0x2A700)).as("Extension C").isFalse();
    assertThat(fonts.canPrint(0x200B)).isFalse();
  }
}
