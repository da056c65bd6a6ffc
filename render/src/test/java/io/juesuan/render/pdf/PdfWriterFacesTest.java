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
  }
}
