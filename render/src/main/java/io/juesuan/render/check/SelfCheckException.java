package io.juesuan.render.check;

import io.juesuan.core.JuesuanException;
import java.util.List;

/** The rendered document failed its self-check: the problems say where. */
public class SelfCheckException extends JuesuanException {
  private static final long serialVersionUID = 1L;
  private final transient List<String> problems;

  public SelfCheckException(String format, List<String> problems) {
    super(
        format
            + " 自检未通过（"
            + problems.size()
            + " 处）："
            + String.join("；", problems.subList(0, Math.min(5, problems.size()))));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
