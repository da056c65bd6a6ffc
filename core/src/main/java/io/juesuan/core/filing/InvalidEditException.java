package io.juesuan.core.filing;

import io.juesuan.core.JuesuanException;
import java.util.List;

/** Input a filer typed that cannot be stored; every problem is listed (收集全部错误，而非只报第一个). */
public final class InvalidEditException extends JuesuanException {
  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  public InvalidEditException(List<String> problems) {
    super(String.join("；", problems));
    this.problems = List.copyOf(problems);
  }

  public InvalidEditException(String problem) {
    this(List.of(problem));
  }

  public List<String> problems() {
    return problems;
  }
}
