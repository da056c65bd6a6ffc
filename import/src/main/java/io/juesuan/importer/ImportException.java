package io.juesuan.importer;

import io.juesuan.core.JuesuanException;

/**
 * A published report that cannot be read at all (encrypted, scanned, not a PDF …), with a Chinese
 * message.
 */
public final class ImportException extends JuesuanException {
  private static final long serialVersionUID = 1L;

  public ImportException(String message) {
    super(message);
  }

  public ImportException(String message, Throwable cause) {
    super(message, cause);
  }
}
