package io.juesuan.core.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.money.Rounding;
import io.juesuan.core.report.Fact;
import io.juesuan.core.report.TextSlot;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NarrativeWriterTest {

  private static String text(ReportText r) {
    return r.sentences().stream().map(Sentence::text).collect(Collectors.joining("\n"));
  }

  private static String section(ReportText r, String id) {
    return r.explanation().section(id).orElseThrow().text();
  }

  @Test
  @DisplayName("每个引用的数字都有绑定，且按绑定复算与所印数字一致")
  void everyCitedFigureEqualsItsBinding() {
    NarrativeFixture f = new NarrativeFixture();
    ReportText r = f.write();
    FigureResolver resolver = f.resolver();
    assertThat(r.figures().count()).isGreaterThan(40);
    r.figures()
        .forEach(
            fig -> {
              assertThat(fig.binding()).as(fig.text()).isPresent();
              assertThat(
                      Rounding.printed(
                          resolver.resolve(fig.binding().get()).orElseThrow(), fig.decimals()))
                  .as(fig.text() + " ← " + fig.binding().get())
                  .isEqualByComparingTo(fig.value().orElseThrow());
            });
  }

  @Test
  void increaseIsWrittenAsIncreaseWithGrowthAndReason() {
    String s = section(new NarrativeFixture().write(), "一");
    assertThat(s).isEqualTo("2023年度收、支总计110.00万元。与2022年度相比，收、支总计各增加10.00万元，增长10.00%，主要原因是人员增加。");
  }

  @Test
  void decreaseIsWrittenAsDecrease() {
    NarrativeFixture f = new NarrativeFixture();
    f.facts.put(Fact.PRIOR_TOTAL, NarrativeFixture.yuan("1200000.00"));
    assertThat(section(f.write(), "一")).contains("各减少10.00万元，下降8.33%").doesNotContain("各增加");
  }

  @Test
  void unchangedTotalIsWrittenAsFlat() {
    NarrativeFixture f = new NarrativeFixture();
    f.facts.put(Fact.PRIOR_TOTAL, NarrativeFixture.yuan("1100000.00"));
    assertThat(section(f.write(), "一")).endsWith("与2022年度相比，收、支总计各持平。").doesNotContain("主要原因");
  }

  @Test
  void missingPriorYearAndReasonsAskTheFiler() {
    NarrativeFixture f = new NarrativeFixture();
    f.facts.remove(Fact.PRIOR_TOTAL);
    ReportText r = f.write();
    assertThat(section(r, "一")).contains("【待填写：" + Fact.PRIOR_TOTAL.label() + "】");
    assertThat(section(r, "二")).contains("【待填写：" + TextSlot.INCOME_CHANGE_REASON.label() + "】");
  }

  @Test
  @DisplayName("数据未载明的内容：草稿中请填报人补写，由已公开报告重建的更正稿中不写并列出")
  void leaveOutWritesTheSentenceWithoutWhatTheDataLacksAndListsIt() {
    NarrativeFixture f = new NarrativeFixture();
    f.facts.remove(Fact.PRIOR_TOTAL);
    f.facts.remove(Fact.PERSONNEL_BUDGET);
    f.facts.remove(Fact.PUBLIC_BUDGET);
    io.juesuan.core.report.FinalAccounts a = f.accounts();
    NarrativeWriter writer =
        io.juesuan.core.edition.Editions.installed().get("national-2023").writer();
    ReportText asked = writer.write(a, f.tables(a), Unstated.ASK);
    ReportText left = writer.write(a, f.tables(a), Unstated.LEAVE_OUT);

    assertThat(section(asked, "一")).contains("【待填写：" + Fact.PRIOR_TOTAL.label() + "】");
    assertThat(asked.leftOut()).isEmpty();
    assertThat(section(left, "一")).isEqualTo("2023年度收、支总计110.00万元。");
    String evaluation =
        left.evaluationReport().sentences().stream()
            .map(Sentence::text)
            .collect(Collectors.joining("\n"));
    assertThat(evaluation)
        .contains("1.执行率情况：测试局2023年度部门整体实际执行数为110.00万元。")
        .doesNotContain("执行率为", "【待填写：执行率", "【待填写：部门整体预算数");
    assertThat(left.leftOut())
        .contains(Fact.PRIOR_TOTAL.label(), "部门整体预算数（人员经费、公用经费预算数）", "执行率")
        .doesNotHaveDuplicates();
    // text only the department can write has no form without it: its placeholder stays
    assertThat(evaluation).contains("【待填写：" + TextSlot.PERFORMANCE_RESULT.label() + "】");
    assertThat(text(left)).doesNotContain("【待填写：" + Fact.PRIOR_TOTAL.label());
  }

  @Test
  @DisplayName("三公经费为零的项目也要写明并说明原因")
  void zeroThreePublicItemsSaySoWithReason() {
    String s = section(new NarrativeFixture().write(), "九(二)");
    assertThat(s)
        .contains("1.因公出国（境）费全年预算和支出决算均为零，主要原因是无因公出国（境）任务。")
        .contains("（2）公务用车运行费全年预算为10.00万元，支出决算为6.00万元，完成全年预算的60.00%，比全年预算减少4.00万元")
        .contains("3.公务接待费全年预算和支出决算均为零，主要原因是【待填写：");
  }

  @Test
  void itemsAreNamedWithTheirRealCategorySectionAndItem() {
    String s = section(new NarrativeFixture().write(), "五(三)");
    assertThat(s)
        .contains(
            "1.一般公共服务支出（类）党委办公厅（室）及相关机构事务（款）行政运行（项）。年初预算为120.00万元，支出决算为102.00万元，完成年初预算的85.00%。决算数小于年初预算数的主要原因是压减支出。")
        .contains(
            "2.住房保障支出（类）住房改革支出（款）住房公积金（项）。年初预算为8.00万元，支出决算为8.00万元，完成年初预算的100.00%。3"
                .substring(0, 60));
  }

  @Test
  void emptyFundTablesUseTheLayoutsStatement() {
    ReportText r = new NarrativeFixture().write();
    assertThat(section(r, "七")).isEqualTo("本部门当年无政府性基金预算财政拨款收入支出。");
    assertThat(section(r, "八")).isEqualTo("本部门当年无国有资本经营预算财政拨款支出。");
  }

  @Test
  void sharesAreComputedFromThePrintedFigures() {
    String s = section(new NarrativeFixture().write(), "三");
    assertThat(s).contains("基本支出100.00万元，占本年支出合计的90.91%").contains("项目支出10.00万元，占本年支出合计的9.09%");
  }

  @Test
  void glossaryListsTheItemsUsed() {
    String g = new NarrativeFixture().write().glossary().sections().get(0).text();
    assertThat(g)
        .contains("1.一般公共服务支出（类）党委办公厅（室）及相关机构事务（款）行政运行（项）")
        .contains("2.住房保障支出（类）住房改革支出（款）住房公积金（项）");
  }

  @Test
  void numericTargetsAreJudgedAutomatically() {
    ReportText r = new NarrativeFixture().write();
    assertThat(section(r, "十三(二)")).contains("设置三级指标2个，其中可量化评判的1个，达成1个，未达成0个");
  }

  @Test
  void noTemplateResidueAndDeterministic() {
    ReportText a = new NarrativeFixture().write();
    ReportText b = new NarrativeFixture().write();
    assertThat(TemplateResidue.find(text(a))).isEmpty();
    assertThat(text(a)).isEqualTo(text(b));
    assertThat(a).isEqualTo(b);
  }
}
