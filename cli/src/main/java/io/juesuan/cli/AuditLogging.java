package io.juesuan.cli;

import io.juesuan.importer.pdf.PdfDiagnostics;
import java.nio.file.Path;

/**
 * Keeps PDFBox's library logging (damaged streams, font fallbacks, lenient-parser notes) off the
 * user's terminal: it is captured per document and becomes at most one finding per damaged page
 * ({@link PdfDiagnostics}); with {@code --debug} the messages go to a debug log file. Set before
 * PDFBox is first loaded; an explicit {@code -Dorg.apache.commons.logging.Log=…} wins.
 */
final class AuditLogging {
  private AuditLogging() {}

  static void quiet() {
    PdfDiagnostics.install();
  }

  static void debugTo(Path file) {
    PdfDiagnostics.debugTo(file);
  }
}
