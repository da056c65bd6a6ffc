package io.juesuan.core.filing;

import io.juesuan.core.JuesuanException;

/** An action that is not allowed in the report's current state or for the user's role. */
public final class ActionRefusedException extends JuesuanException {
  private static final long serialVersionUID = 1L;

  public ActionRefusedException(String message) {
    super(message);
  }
}
