package io.juesuan.cli;

/**
 * Keeps PDFBox's library logging (font fallbacks, lenient-parser notes) off the user's terminal:
 * the audit reports what matters as findings. Set before PDFBox is first loaded; an explicit {@code
 * -Dorg.apache.commons.logging.Log=…} wins.
 */
final class AuditLogging {
  private static final String KEY = "org.apache.commons.logging.Log";

  private AuditLogging() {}

  static void quiet() {
    if (System.getProperty(KEY) == null && System.getenv("JUESUAN_DEBUG") == null) {
      System.setProperty(KEY, "org.apache.commons.logging.impl.NoOpLog");
    }
  }
}
