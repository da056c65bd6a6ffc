package io.juesuan.render.check;

import io.juesuan.core.JuesuanException;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a PDF's text back with PDFBox, as a reader's tool would. */
public final class PdfText {
  private PdfText() {}

  public static String of(byte[] pdf) {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      d.setResourceCache(new KeptFonts());
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

  /**
   * Keeps the document's fonts for all its pages: PDFBox's text extraction drops a page's fonts
   * after each page, so every page would parse the same few embedded subsets again. A generated
   * report is read once and closed.
   */
  private static final class KeptFonts extends DefaultResourceCache {
    @Override
    public PDFont removeFont(COSObject indirect) {
      return null;
    }
  }
}
