package io.juesuan.dataset;

import io.juesuan.core.JuesuanException;
import java.util.List;

/**
 * A dataset or cells file could not be read: every problem found, each naming file, line and field.
 */
public class DatasetException extends JuesuanException {
  private static final long serialVersionUID = 1L;
  private final transient List<String> problems;

  public DatasetException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public DatasetException(String problem) {
    this(List.of(problem));
  }

  /** One Chinese line per problem: "examples/x/accounts.yaml 第12行: 金额 "12,3a" 不是数字". */
  public List<String> problems() {
    return problems;
  }
}
