package io.juesuan.core.audit;

import static io.juesuan.core.audit.AuditFixture.audit;
import static io.juesuan.core.audit.AuditFixture.only;
import static io.juesuan.core.audit.AuditFixture.section;
import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.rules.CheckResult;
import io.juesuan.core.rules.Finding;
import io.juesuan.core.rules.Severity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Sentences read for what they compare: a change word is judged against its own comparison (上年 vs
 * 预算), and sentences the template prescribes when there is nothing to report pass.
 */
class NarrativeComparisonsTest {
  private static final String BUDGET_AND_ACTUAL = "年初预算为125.00万元，支出决算为100.00万元，完成年初预算的80.0%。";

  private static CheckResult gpb(String... more) {
    String[] sentences = new String[more.length + 2];
    sentences[0] = "一般公共服务支出(类)政府办公厅（室）及相关机构事务(款)行政运行(项)。";
    sentences[1] = BUDGET_AND_ACTUAL;
    System.arraycopy(more, 0, sentences, 2, more.length);
    return audit(section("五(三)", "一般公共预算财政拨款支出决算具体情况", sentences));
  }

  private static long errors(CheckResult r) {
    return only(r, "N-").stream().filter(f -> f.severity() == Severity.ERROR).count();
  }

  @Test
  @DisplayName("“与上年持平”不与预算比较")
  void levelWithLastYearIsNotJudgedAgainstTheBudget() {
    assertThat(errors(gpb("支出决算与上年持平。"))).isZero();
    assertThat(errors(gpb("与2022年度相比基本持平。"))).isZero();
    assertThat(errors(gpb("较上年决算数持平，主要原因是人员稳定。"))).isZero();
  }

  @Test
  @DisplayName("“与预算持平”在决算小于预算时仍报错")
  void levelWithTheBudgetIsStillJudged() {
    assertThat(only(gpb("决算数与年初预算持平。"), "N-DIRECTION"))
        .extracting(Finding::severity)
        .containsExactly(Severity.ERROR);
    assertThat(only(gpb("支出决算持平。"), "N-DIRECTION")).isEmpty();
  }

  @Test
  @DisplayName("比较对象是上年时，“大于/小于”不与预算比较")
  void greaterThanLastYearIsNotABudgetClaim() {
    assertThat(errors(gpb("决算数大于上年决算数，主要原因是人员增加。"))).isZero();
    assertThat(errors(gpb("决算数小于年初预算，主要原因是压减经费。"))).isZero();
    assertThat(only(gpb("决算数大于年初预算，主要原因是增加经费。"), "N-DIRECTION")).hasSize(1);
  }

  @Test
  @DisplayName("比年初预算的增减额与增减幅度按预算核对")
  void changeAgainstTheBudget() {
    assertThat(errors(gpb("比年初预算减少25.00万元，下降20.0%。"))).isZero();
    assertThat(errors(gpb("与年初预算相比减少25.00万元，减幅20%。"))).isZero();
  }

  @Test
  @DisplayName("完成率按表中的决算数核对，不随说明中写错的金额连带报错")
  void rateIsRecomputedFromTheTableNotFromAWrongCitedFigure() {
    CheckResult r =
        audit(
            section(
                "五(三)",
                "一般公共预算财政拨款支出决算具体情况",
                "一般公共服务支出(类)政府办公厅（室）及相关机构事务(款)行政运行(项)。",
                "年初预算为125.00万元，支出决算为90.00万元，完成年初预算的80.0%。"));
    assertThat(only(r, "N-AMOUNT")).extracting(Finding::severity).containsExactly(Severity.ERROR);
    assertThat(only(r, "N-RATE")).isEmpty();
  }

  /** 01表 with 本年支出合计 200.00 (the 05表 一般公共预算 total stays 100.00). */
  private static java.util.Map<String, java.util.Map<Integer, String>> spendingTwoHundred() {
    java.util.Map<String, java.util.Map<Integer, String>> t =
        new java.util.HashMap<>(AuditFixture.TABLE_01);
    t.put("58", java.util.Map.of(2, "200.00"));
    t.put("62", java.util.Map.of(2, "200.00"));
    return t;
  }

  private static CheckResult structure(String sentence) {
    return audit(spendingTwoHundred(), section("五(二)", "一般公共预算财政拨款支出决算结构情况", sentence));
  }

  @Test
  @DisplayName("占比按句中写明的基数核对；基数不明时不核对")
  void sharesAreCheckedAgainstTheWholeTheyName() {
    // 100 of the 一般公共预算 total (100) is 100%; of 本年支出合计 (200) it is 50%
    assertThat(only(structure("一般公共服务(类)支出100.00万元，占100%。"), "N-SHARE"))
        .extracting(Finding::severity)
        .doesNotContain(Severity.ERROR);
    assertThat(only(structure("一般公共服务(类)支出100.00万元，占本年支出合计的50.0%。"), "N-SHARE"))
        .extracting(Finding::severity)
        .doesNotContain(Severity.ERROR);
    assertThat(only(structure("一般公共服务(类)支出100.00万元，占本年支出合计的100%。"), "N-SHARE"))
        .extracting(Finding::severity)
        .contains(Severity.ERROR);
    assertThat(only(structure("一般公共服务(类)支出100.00万元，占一般公共预算财政拨款支出的100%。"), "N-SHARE"))
        .extracting(Finding::severity)
        .doesNotContain(Severity.ERROR);
    CheckResult unknown = structure("一般公共服务(类)支出100.00万元，占部门预算总盘子的37.0%。");
    assertThat(only(unknown, "N-SHARE")).isEmpty();
    assertThat(unknown.skipped()).anyMatch(x -> x.toString().contains("基数"));
  }
}
