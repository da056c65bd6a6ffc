package io.juesuan.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.juesuan.core.JuesuanException;
import io.juesuan.render.DisclosureDocument;
import io.juesuan.render.Fonts;
import io.juesuan.render.html.HtmlWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * The document as PDF: the print markup laid out by openhtmltopdf (PDFBox) on A4 with the bundled
 * fonts embedded as subsets, so the text is selectable and searchable.
 */
public final class PdfWriter {
  static {
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
  }

  public byte[] write(DisclosureDocument doc) {
    String html = new HtmlWriter(HtmlWriter.Mode.PDF).write(doc);
    org.w3c.dom.Document dom = new W3CDom().fromJsoup(Jsoup.parse(html));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      for (Fonts.Face face : Fonts.Face.values()) {
        builder.useFont(
            face::open, face.family, face.weight, BaseRendererBuilder.FontStyle.NORMAL, true);
      }
      builder.withW3cDocument(dom, "/");
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new JuesuanException("生成PDF失败：" + e.getMessage());
    }
    return out.toByteArray();
  }
}
