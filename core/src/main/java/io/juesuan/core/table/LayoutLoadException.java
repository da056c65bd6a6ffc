package io.juesuan.core.table;

import io.juesuan.core.JuesuanException;

/** A table layout resource is missing or malformed. */
public class LayoutLoadException extends JuesuanException {
  private static final long serialVersionUID = 1L;

  public LayoutLoadException(String message) {
    super(message);
  }
}
