package io.juesuan.testkit;

import io.juesuan.core.report.Explanations;
import io.juesuan.core.report.FinalAccounts;

/** Department-year datasets for rendering tests: the example as filed, and the same without any filed text. */
public final class SampleDatasets {
  private SampleDatasets() {}

  /** {@code examples/caidian-2023} (leaf facts in 元, every text filed). */
  public static FinalAccounts caidian2023() {
    return SampleReports.caidian2023();
  }

  /** The example with no reasons or 绩效 texts: outputs must show 【待填写：…】 instead. */
  public static FinalAccounts caidian2023WithoutTexts() {
    FinalAccounts a = caidian2023();
    return new FinalAccounts(a.fiscalYear(), a.department(), a.facts(), Explanations.none(), a.evaluation());
  }
}
