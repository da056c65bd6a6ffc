package io.juesuan.core.port;

import io.juesuan.core.report.FinalAccounts;

/**
 * Renders the complete disclosure document (部门概况, nine tables, 情况说明, charts, 名词解释, 绩效自评) of a
 * department-year in one format. Implemented by the render module.
 */
public interface DocumentRenderer {
  /** The document's bytes. Throws {@link io.juesuan.core.JuesuanException} when rendering fails. */
  byte[] render(FinalAccounts accounts, DocumentFormat format);
}
