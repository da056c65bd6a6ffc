package io.juesuan.render.check;

import io.juesuan.core.JuesuanException;
import io.juesuan.core.concurrent.Ahead;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a PDF's text back with PDFBox, as a reader's tool would.
 *
 * <p>A long document is read in page ranges side by side, each from its own copy of the document (a
 * PDFBox document is not safe for threads): the text of one page does not depend on any other page,
 * so the ranges' texts joined in page order are the text of the whole document. A range no other
 * thread has started when the calling thread is done with its own is read by the calling thread: on
 * a busy machine the pages are read one range after the other, as in one go.
 */
public final class PdfText {
  /** Fewer pages than this a range are not worth a second copy of the document. */
  private static final int MIN_PAGES_PER_RANGE = 8;

  private PdfText() {}

  public static String of(byte[] pdf) {
    try (PDDocument d = load(pdf)) {
      int pages = d.getNumberOfPages();
      int ranges =
          Math.min(Runtime.getRuntime().availableProcessors(), pages / MIN_PAGES_PER_RANGE);
      if (ranges <= 1) {
        return text(d, 1, pages);
      }
      int[] firsts = firstPages(d, ranges);
      List<Ahead<String, IOException>> others = new ArrayList<>();
      for (int r = 1; r < ranges; r++) {
        int first = firsts[r];
        int last = (r + 1 < ranges ? firsts[r + 1] : pages + 1) - 1;
        others.add(
            Ahead.start(
                () -> {
                  try (PDDocument copy = load(pdf)) {
                    return text(copy, first, last);
                  }
                }));
      }
      StringBuilder text = new StringBuilder(text(d, 1, firsts[1] - 1));
      for (Ahead<String, IOException> range : others) {
        text.append(range.get());
      }
      return text.toString();
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  public static int pages(byte[] pdf) {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      return d.getNumberOfPages();
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  /**
   * The first page (from 1) of each of {@code ranges} ranges holding about as much page content
   * (encoded length of the pages' content streams, which is what reading a page costs) as each
   * other, each range at least one page.
   */
  private static int[] firstPages(PDDocument d, int ranges) throws IOException {
    int pages = d.getNumberOfPages();
    long[] upTo = new long[pages + 1];
    for (int p = 0; p < pages; p++) {
      upTo[p + 1] = upTo[p] + contentLength(d.getPage(p)) + 1;
    }
    int[] firsts = new int[ranges];
    firsts[0] = 1;
    for (int r = 1; r < ranges; r++) {
      long share = upTo[pages] * r / ranges;
      int page = firsts[r - 1] + 1;
      while (page <= pages - (ranges - r) && upTo[page - 1] < share) {
        page++;
      }
      firsts[r] = page;
    }
    return firsts;
  }

  private static long contentLength(PDPage page) throws IOException {
    long length = 0;
    Iterator<PDStream> streams = page.getContentStreams();
    while (streams.hasNext()) {
      length += Math.max(0, streams.next().getCOSObject().getLength());
    }
    return length;
  }

  private static PDDocument load(byte[] pdf) throws IOException {
    PDDocument d = Loader.loadPDF(pdf);
    d.setResourceCache(new KeptFonts());
    return d;
  }

  private static String text(PDDocument d, int firstPage, int lastPage) throws IOException {
    PDFTextStripper s = new PDFTextStripper();
    s.setSortByPosition(true);
    s.setStartPage(firstPage);
    s.setEndPage(lastPage);
    return s.getText(d);
  }

  private static JuesuanException unreadable(Exception e) {
    return new JuesuanException("无法读取生成的PDF：" + e.getMessage(), e);
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
