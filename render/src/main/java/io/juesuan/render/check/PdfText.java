package io.juesuan.render.check;

import io.juesuan.core.JuesuanException;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a PDF's text back with PDFBox, as a reader's tool would. */
public final class PdfText {
  private PdfText() {}

  public static String of(byte[] pdf) {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      PDFTextStripper s = new PDFTextStripper();
      s.setSortByPosition(true);
      return s.getText(d);
    } catch (IOException e) {
      throw new JuesuanException("无法读取生成的PDF：" + e.getMessage(), e);
    }
  }

  public static int pages(byte[] pdf) {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      return d.getNumberOfPages();
    } catch (IOException e) {
      throw new JuesuanException("无法读取生成的PDF：" + e.getMessage(), e);
    }
  }
}
