package io.juesuan.web.document;

import io.juesuan.core.JuesuanException;
import java.util.List;

/** The documents of a version could not be produced: one Chinese reason per format that failed. */
public final class DocumentsNotProducedException extends JuesuanException {
  private static final long serialVersionUID = 1L;
  private final List<String> reasons;

  DocumentsNotProducedException(List<String> reasons) {
    super("公开文件未能生成：" + String.join("；", reasons));
    this.reasons = List.copyOf(reasons);
  }

  public List<String> reasons() {
    return reasons;
  }
}
