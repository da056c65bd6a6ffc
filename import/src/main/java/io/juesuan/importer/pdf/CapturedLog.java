package io.juesuan.importer.pdf;

import org.apache.commons.logging.Log;

/**
 * A commons-logging {@link Log} for PDFBox that never prints: errors go to the {@link
 * PdfDiagnostics} of the document being read on this thread (a damaged page or structure); warnings
 * only to its debug log; information and debugging are off.
 */
public final class CapturedLog implements Log {
  private final String name;

  public CapturedLog(String name) {
    this.name = name;
  }

  @Override
  public boolean isDebugEnabled() {
    return false;
  }

  @Override
  public boolean isErrorEnabled() {
    return true;
  }

  @Override
  public boolean isFatalEnabled() {
    return true;
  }

  @Override
  public boolean isInfoEnabled() {
    return false;
  }

  @Override
  public boolean isTraceEnabled() {
    return false;
  }

  @Override
  public boolean isWarnEnabled() {
    return true;
  }

  @Override
  public void trace(Object message) {}

  @Override
  public void trace(Object message, Throwable t) {}

  @Override
  public void debug(Object message) {}

  @Override
  public void debug(Object message, Throwable t) {}

  @Override
  public void info(Object message) {}

  @Override
  public void info(Object message, Throwable t) {}

  @Override
  public void warn(Object message) {
    warn(message, null);
  }

  @Override
  public void warn(Object message, Throwable t) {
    PdfDiagnostics.note("WARN", name, message, t);
  }

  @Override
  public void error(Object message) {
    error(message, null);
  }

  @Override
  public void error(Object message, Throwable t) {
    PdfDiagnostics.record("ERROR", name, message, t);
  }

  @Override
  public void fatal(Object message) {
    fatal(message, null);
  }

  @Override
  public void fatal(Object message, Throwable t) {
    PdfDiagnostics.record("FATAL", name, message, t);
  }
}
