package io.juesuan.core.classification;

import io.juesuan.core.JuesuanException;

/** A classification catalog resource is missing or malformed (a packaging bug, not user data). */
public class CatalogLoadException extends JuesuanException {
  private static final long serialVersionUID = 1L;

  public CatalogLoadException(String message) {
    super(message);
  }

  public CatalogLoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
