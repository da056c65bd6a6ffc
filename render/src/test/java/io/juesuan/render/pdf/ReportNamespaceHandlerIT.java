package io.juesuan.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.simple.extend.XhtmlNamespaceHandler;
import io.juesuan.render.DisclosureDocument;
import io.juesuan.render.DisclosureRenderer;
import io.juesuan.render.check.PdfText;
import io.juesuan.testkit.SampleDatasets;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/** The report's default stylesheet lays the example out exactly as the library's own. */
class ReportNamespaceHandlerIT {
  @Test
  void theExampleLooksTheSameWithTheLibrarysDefaultStylesheet() throws IOException {
    DisclosureDocument doc = new DisclosureRenderer().assemble(SampleDatasets.caidian2023());
    byte[] ours = new PdfWriter().write(doc);
    byte[] library = new PdfWriter().write(doc, new XhtmlNamespaceHandler());
    assertThat(PdfText.of(ours)).isEqualTo(PdfText.of(library));
    try (PDDocument a = Loader.loadPDF(ours);
        PDDocument b = Loader.loadPDF(library)) {
      assertThat(a.getNumberOfPages()).isEqualTo(b.getNumberOfPages()).isGreaterThan(20);
      PDFRenderer ra = new PDFRenderer(a);
      PDFRenderer rb = new PDFRenderer(b);
      for (int p = 0; p < a.getNumberOfPages(); p++) {
        assertThat(a.getPage(p).getAnnotations()).hasSameSizeAs(b.getPage(p).getAnnotations());
        BufferedImage ia = ra.renderImageWithDPI(p, 40);
        BufferedImage ib = rb.renderImageWithDPI(p, 40);
        assertThat(pixels(ia)).as("第%d页", p + 1).isEqualTo(pixels(ib));
      }
    }
  }

  private static int[] pixels(BufferedImage image) {
    return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
  }
}
