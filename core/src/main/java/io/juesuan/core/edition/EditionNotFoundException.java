package io.juesuan.core.edition;

import io.juesuan.core.JuesuanException;

/** No edition fits a department-year, or a named edition does not exist; the message lists them. */
public class EditionNotFoundException extends JuesuanException {
  private static final long serialVersionUID = 1L;

  public EditionNotFoundException(String message) {
    super(message);
  }
}
