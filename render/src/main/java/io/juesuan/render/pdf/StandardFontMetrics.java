package io.juesuan.render.pdf;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;

/**
 * The metrics of the 14 standard PDF fonts, read ahead of the first PDF on a thread of their own.
 * openhtmltopdf creates the 14 standard fonts for every document, and PDFBox reads each one's
 * metrics (an AFM file) once per process: ~0.1 s of a cold {@code render}, on the thread that lays
 * out its first document. A command that is going to write a PDF starts this first, so that the
 * metrics are read while it reads and assembles the report. PDFBox reads each font's metrics under
 * a lock: a font asked for while its metrics are being read waits for them, and is never read
 * twice.
 */
public final class StandardFontMetrics {
  private static final AtomicBoolean STARTED = new AtomicBoolean();

  private StandardFontMetrics() {}

  /** Starts reading the metrics on a daemon thread (once per process). */
  public static void loadInBackground() {
    if (STARTED.compareAndSet(false, true)) {
      Thread reader = new Thread(StandardFontMetrics::load, "standard-font-metrics");
      reader.setDaemon(true);
      reader.start();
    }
  }

  /** Reads the metrics of the 14 fonts and the glyph names their encodings use. */
  static void load() {
    try {
      for (Standard14Fonts.FontName font : Standard14Fonts.FontName.values()) {
        Standard14Fonts.getAFM(font.getName());
      }
      GlyphList.getAdobeGlyphList();
    } catch (RuntimeException e) {
      // a font whose metrics cannot be read fails again where the document needs it, and is
      // reported there
    }
  }
}
