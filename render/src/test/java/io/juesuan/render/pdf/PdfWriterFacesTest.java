package io.juesuan.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.render.Fonts;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.junit.jupiter.api.Test;

class PdfWriterFacesTest {
  /** The faces for the markup, as an HTML parser reads it. */
  private static java.util.List<Fonts.Face> faces(String html) {
    return PdfWriter.faces(new W3CDom().fromJsoup(Jsoup.parse(html)));
  }

  @Test
  void theExtensionBFaceOnlyForADocumentWithCharactersBeyondTheBmp() {
    assertThat(faces("<p>收入支出决算总表 990.75万元<br/>堃</p>"))
        .contains(Fonts.Face.SERIF_REGULAR, Fonts.Face.FALLBACK_REGULAR)
        .doesNotContain(Fonts.Face.EXT_B_REGULAR);
    assertThat(faces("<p>负责𠀀地名登记工作</p>")).containsExactly(Fonts.Face.values());
    assertThat(faces("<p>负责&#x20000;地名登记工作</p>")).contains(Fonts.Face.EXT_B_REGULAR);
  }

  @Test
  void theFallbackFaceOnlyForACharacterTheBodyAndHeadingFacesLack() {
    assertThat(faces("<p>收入支出决算总表 990.75万元（一般公共预算）<br/>\n</p>"))
        .containsExactly(
            Fonts.Face.SERIF_REGULAR,
            Fonts.Face.SERIF_BOLD,
            Fonts.Face.SANS_REGULAR,
            Fonts.Face.SANS_BOLD);
    // 堃 (a name character) is not in the body fonts' simplified-Chinese subset
    assertThat(faces("<p>张堃</p>")).contains(Fonts.Face.FALLBACK_REGULAR);
    assertThat(faces("<p>张&#x5803;</p>")).contains(Fonts.Face.FALLBACK_REGULAR);
  }
}
