package io.juesuan.core.filing;

import io.juesuan.core.JuesuanException;

/** Optimistic locking: the report changed since the editor loaded it (乐观锁冲突). */
public final class StaleReportException extends JuesuanException {
  private static final long serialVersionUID = 1L;

  public StaleReportException(long reportId, int expectedVersion) {
    super("该报告已被他人修改（您编辑的是第 " + expectedVersion + " 次保存后的内容）。为避免覆盖他人的修改，本次保存未生效，请刷新页面后重新修改。");
  }
}
