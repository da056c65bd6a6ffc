package io.juesuan.core.filing;

import io.juesuan.core.JuesuanException;

/** The report does not exist, or the user may not see it (both look the same, so nothing leaks). */
public final class ReportNotFoundException extends JuesuanException {
  private static final long serialVersionUID = 1L;

  public ReportNotFoundException(long id) {
    super("报告不存在或您无权查看（编号 " + id + "）");
  }
}
