package io.juesuan.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.render.Fonts;
import org.junit.jupiter.api.Test;

class PdfWriterFacesTest {
  @Test
  void theExtensionBFaceOnlyForADocumentWithCharactersBeyondTheBmp() {
    assertThat(PdfWriter.faces("<p>收入支出决算总表 990.75万元<br/>堃</p>"))
        .contains(Fonts.Face.SERIF_REGULAR, Fonts.Face.FALLBACK_REGULAR)
        .doesNotContain(Fonts.Face.EXT_B_REGULAR);
    assertThat(PdfWriter.faces("<p>负责𠀀地名登记工作</p>")).containsExactly(Fonts.Face.values());
    assertThat(PdfWriter.faces("<p>负责&#x20000;地名登记工作</p>")).contains(Fonts.Face.EXT_B_REGULAR);
  }

  @Test
  void theFallbackFaceOnlyForACharacterTheBodyAndHeadingFacesLack() {
    assertThat(PdfWriter.faces("<p>收入支出决算总表 990.75万元（一般公共预算）<br/>\n</p>"))
        .containsExactly(
            Fonts.Face.SERIF_REGULAR,
            Fonts.Face.SERIF_BOLD,
            Fonts.Face.SANS_REGULAR,
            Fonts.Face.SANS_BOLD);
    // 堃 (a name character) is not in the body fonts' simplified-Chinese subset
    assertThat(PdfWriter.faces("<p>张堃</p>")).contains(Fonts.Face.FALLBACK_REGULAR);
    assertThat(PdfWriter.faces("<p>张&#x5803;</p>")).contains(Fonts.Face.FALLBACK_REGULAR);
  }
}
