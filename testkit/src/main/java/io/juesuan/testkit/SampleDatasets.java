package io.juesuan.testkit;

import io.juesuan.core.report.Explanations;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.dataset.DatasetReader;

/**
 * Department-year datasets for rendering tests: the example as filed, and the same without any
 * filed text.
 */
public final class SampleDatasets {
  /** The second example's directory, relative to the repository root. */
  public static final String DISTRICT_SCHOOL = "examples/district-school-2023";

  /** The 上海 example's directory, relative to the repository root. */
  public static final String SHANGHAI_PUTUO = "examples/shanghai-putuo-2024";

  private SampleDatasets() {}

  /**
   * {@code examples/shanghai-putuo-2024}: the figures of a real 上海 2024 report (万元), printed in the
   * edition shanghai-2024.
   */
  public static FinalAccounts shanghaiPutuo2024() {
    return new DatasetReader()
        .read(SampleReports.repositoryRoot().resolve(SHANGHAI_PUTUO), SHANGHAI_PUTUO);
  }

  /** {@code examples/caidian-2023} (leaf facts in 元, every text filed). */
  public static FinalAccounts caidian2023() {
    return SampleReports.caidian2023();
  }

  /**
   * {@code examples/district-school-2023}: a fictional 事业单位 department with 下属单位, every income
   * source and expenditure type, 政府性基金 and 国有资本经营 spending, balances, every 三公 item, codes outside
   * the catalog and three texts left out on purpose (see its README).
   */
  public static FinalAccounts districtSchool2023() {
    return new DatasetReader()
        .read(SampleReports.repositoryRoot().resolve(DISTRICT_SCHOOL), DISTRICT_SCHOOL);
  }

  /**
   * The rich example moved to 上海 2024 (its names and region say 上海市, the year 2024, the edition
   * shanghai-2024): the same figures in a layout with no 行次 or 栏次, two-panel 06表 and interleaved
   * 09表 — every fund filled, so columns must be told apart by their headers.
   */
  public static FinalAccounts districtSchoolShanghai2024() {
    FinalAccounts a = districtSchool2023();
    java.util.function.UnaryOperator<String> moved = s -> s.replace("武汉市", "上海市");
    var d = a.department();
    var department =
        new io.juesuan.core.report.Department(
            moved.apply(d.name()),
            d.shortName(),
            "上海市云溪区",
            d.kind(),
            d.units().stream()
                .map(
                    u ->
                        new io.juesuan.core.report.Unit(
                            moved.apply(u.name()), u.kind(), u.headOffice()))
                .toList(),
            d.duties().stream().map(moved).toList());
    return new FinalAccounts(
        2024,
        department,
        a.facts(),
        a.explanations(),
        a.evaluation(),
        java.util.Optional.of("shanghai-2024"));
  }

  /** The example with no reasons or 绩效 texts: outputs must show 【待填写：…】 instead. */
  public static FinalAccounts caidian2023WithoutTexts() {
    FinalAccounts a = caidian2023();
    return new FinalAccounts(
        a.fiscalYear(), a.department(), a.facts(), Explanations.none(), a.evaluation());
  }
}
