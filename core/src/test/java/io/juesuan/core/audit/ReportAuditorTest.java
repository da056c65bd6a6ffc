package io.juesuan.core.audit;

import static io.juesuan.core.audit.AuditFixture.audit;
import static io.juesuan.core.audit.AuditFixture.only;
import static io.juesuan.core.audit.AuditFixture.rules;
import static io.juesuan.core.audit.AuditFixture.section;
import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.rules.CheckResult;
import io.juesuan.core.rules.Severity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The auditor on a small hand-built report: one 类 with one 项, and a narrative with planted defects.
 */
class ReportAuditorTest {

  @Test
  @DisplayName("说明数字与表一致时不报错；0.01 的差异为尾数差异")
  void consistentNarrativeGivesNoErrors() {
    CheckResult r =
        audit(
            section(
                "一", "收入支出决算总体情况说明", "2023年度收、支总计100.00万元。", "与2022年度相比，收、支总计增加10.00万元，增长11.1%。"),
            section("五(二)", "一般公共预算财政拨款支出决算结构情况", "一般公共服务(类)支出99.99万元，占100%。"),
            section(
                "五(三)",
                "一般公共预算财政拨款支出决算具体情况",
                "一般公共服务支出(类)政府办公厅（室）及相关机构事务(款)行政运行(项)。",
                "年初预算为125.00万元，支出决算为100.00万元，完成年初预算的80.0%。",
                "决算数小于预算数的主要原因是压减经费。"));
    assertThat(only(r, "N-"))
        .extracting(f -> f.severity())
        .containsOnly(Severity.ROUNDING_DIFFERENCE);
    assertThat(only(r, "N-")).hasSize(1);
  }

  @Test
  @DisplayName("金额不符、占比错误、完成率截尾、增幅错误、方向词错误、科目名称错误都被报出")
  void plantedDefectsAreFound() {
    CheckResult r =
        audit(
            section(
                "一", "收入支出决算总体情况说明", "2023年度收、支总计110.00万元。", "与2022年度相比，收、支总计增加10.00万元，增长20.0%。"),
            section("五(二)", "一般公共预算财政拨款支出决算结构情况", "一般公共服务(类)支出100.00万元，占90%。"),
            section(
                "五(三)",
                "一般公共预算财政拨款支出决算具体情况",
                "一般公共服务支出(类)财政事务(款)行政运行(项)。",
                "年初预算为120.00万元，支出决算为100.00万元，完成年初预算的83.4%。",
                "年初预算为30.00万元，支出决算为10.00万元，完成年初预算的33.33%。",
                // the table's 100.00 is more than the budget of 30.00, whatever the sentence cites
                "决算数小于预算数的主要原因是压减经费。"));
    assertThat(rules(r, Severity.ERROR))
        .contains("N-AMOUNT", "N-SHARE", "N-GROWTH", "N-NAME", "N-DIRECTION");
    assertThat(rules(r, Severity.WARNING)).contains("N-RATE");
  }

  @Test
  @DisplayName("完整性、模板残留、部门名称与年度一致性")
  void completenessResidueAndConsistency() {
    CheckResult r =
        audit(
            section(
                "四",
                "财政拨款收入支出决算总体情况说明",
                "政府性基金预算财政拨款收入0万元，比2022年度决算数增加(减少)0.万元。",
                "(请简要说明绩效评价工作情况)。",
                "公开《2024年度xx部门整体绩效自评表》。",
                "某某市某某区测试局2024年度部门决算由测试局编制。",
                "某某市某某区测验局负责。"));
    assertThat(rules(r, Severity.WARNING))
        .contains("R-CHOICE", "R-REQUEST", "R-XX", "C-SECTION", "C-ZERO", "K-NAME");
    assertThat(rules(r, Severity.ERROR)).contains("R-BLANK-NUMBER", "C-TABLE", "K-YEAR");
    assertThat(r.skipped()).isNotEmpty();
  }
}
