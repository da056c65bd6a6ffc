package io.juesuan.core;

/** The one unchecked root of every exception Juesuan throws for infrastructure failures. */
public class JuesuanException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public JuesuanException(String message) {
    super(message);
  }

  public JuesuanException(String message, Throwable cause) {
    super(message, cause);
  }
}
