package io.juesuan.core.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.Fixtures;
import io.juesuan.core.audit.PublishedReport;
import io.juesuan.core.edition.Edition;
import io.juesuan.core.edition.Editions;
import io.juesuan.core.money.Amount;
import io.juesuan.core.money.Rounding;
import io.juesuan.core.narrative.Narrative;
import io.juesuan.core.narrative.Section;
import io.juesuan.core.narrative.Sentence;
import io.juesuan.core.report.Fact;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.FunctionalItem;
import io.juesuan.core.report.ItemMeasure;
import io.juesuan.core.report.TextSlot;
import io.juesuan.core.table.DisclosureTable;
import io.juesuan.core.table.TableId;
import io.juesuan.core.table.TableSet;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RecoveryTest {
  private static final Edition EDITION = Editions.installed().get("national-2023");

  private static FinalAccounts accounts() {
    return Fixtures.aDepartmentYear()
        .item(
            "2010101",
            "行政运行",
            "income.generalBudget",
            "1000000.00",
            "expenditure.basic",
            "900000.00",
            "expenditure.project",
            "100000.00",
            "fiscal.generalBudget.basic",
            "900000.00",
            "fiscal.generalBudget.project",
            "100000.00")
        .item(
            "2120801",
            "征地和拆迁补偿支出",
            "income.govFund",
            "50000.00",
            "expenditure.project",
            "50000.00",
            "fiscal.govFund.project",
            "50000.00")
        .item(
            "2230199",
            "其他解决历史遗留问题及改革成本支出",
            "income.stateCapital",
            "26000.00",
            "income.other",
            "4000.00",
            "expenditure.project",
            "30000.00",
            "fiscal.stateCapital.project",
            "26000.00")
        .economic("30101", "基本工资", "600000.00")
        .economic("30201", "办公费", "300000.00")
        .fact("threePublic.budget.vehicleOperation", "350000.00")
        .fact("threePublic.actual.vehicleOperation", "106900.00")
        .build();
  }

  @Test
  void tablesGiveBackEveryLeafAtTheCent() {
    FinalAccounts a = accounts();
    TableSet tables = EDITION.deriver().derive(a).toWanYuan();
    TableFacts.Result r = new TableFacts(EDITION.layouts()).recover(tables);
    assertThat(measures(r.facts().items())).isEqualTo(measures(a.facts().items()));
    assertThat(r.facts().economicItems()).hasSize(2);
    assertThat(r.facts().fact(Fact.THREE_PUBLIC_ACTUAL_VEHICLE_OPERATION).orElseThrow().value())
        .isEqualByComparingTo("10.69");
    assertThat(r.notes()).anyMatch(n -> n.contains("2230199") && n.contains("请核对"));
  }

  @Test
  void reportGivesDepartmentTextsAndPriorYear() {
    FinalAccounts a = accounts();
    TableSet tables = EDITION.deriver().derive(a).toWanYuan();
    Map<TableId, DisclosureTable> without09 = new TreeMap<>();
    tables.tables().stream()
        .filter(t -> !t.id().value().equals("09"))
        .forEach(t -> without09.put(t.id(), t));
    List<Section> sections =
        List.of(
            section("第一部分", "测试部门概况"),
            section("一", "部门主要职责", "1、负责甲事项。", "2、负责乙事项。"),
            section("二", "机构设置情况", "本部门决算由下列单位组成：", "1.测试部门（本级）", "2.测试中心"),
            section("第三部分", "测试部门2023年度部门决算情况说明"),
            section(
                "一",
                "收入支出决算总体情况说明",
                "2023年度收、支总计110.00万元。",
                "与2022年度相比，收、支总计各增加10.00万元，增长10.0%，主要原因是业务增加。"),
            section(
                "九",
                "财政拨款“三公”经费支出决算情况说明",
                "(2)公务用车运行费10.69万元，完成全年预算的30.5%，比全年预算减少24.31万元，主要原因是压缩经费。"),
            section("第四部分", "名词解释"),
            section("一", "名词", "1.财政拨款收入：指本级财政拨款。"));
    PublishedReport report = report(new TableSet(tables.unit(), without09), sections);
    ReportRecovery.Recovered r = ReportRecovery.recover(report, EDITION);
    FinalAccounts got = r.accounts();
    assertThat(got.department().name()).isEqualTo("测试部门");
    assertThat(got.department().duties()).containsExactly("负责甲事项。", "负责乙事项。");
    assertThat(got.department().units()).extracting(u -> u.name()).contains("测试中心");
    assertThat(got.facts().fact(Fact.PRIOR_TOTAL).orElseThrow().value())
        .isEqualByComparingTo("100.00");
    assertThat(got.explanations().text(TextSlot.TOTAL_CHANGE_REASON)).contains("业务增加");
    assertThat(got.facts().fact(Fact.THREE_PUBLIC_BUDGET_VEHICLE_OPERATION).orElseThrow().value())
        .isEqualByComparingTo("35.00");
    assertThat(got.explanations().glossary()).extracting(g -> g.term()).contains("财政拨款收入");
    assertThat(got.edition()).contains(EDITION.id());
    assertThat(r.missing()).anyMatch(m -> m.contains("公开09表"));
  }

  @Test
  void dutiesAreReadPastATableOfContentsAndNumbersPrintedWithoutAFullStop() {
    FinalAccounts a = accounts();
    List<Section> sections =
        List.of(
            section("前言", "", "测试部门2023年度部门决算目录"),
            section("第一部分", "测试部门概况"),
            section("一", "主要职能"),
            section("二", "部门决算单位构成"),
            section("第二部分", "测试部门2023年度部门决算", "表"),
            section("一", "收入支出决算总表"),
            section("第一部分", "测试部门概况"),
            section("一", "主要职能", "1.负责甲事项。2.负责乙事项，实行跟踪监督3.负责丙事项。"),
            section("二", "部门决算单位构成", "本部门决算由下列单位组成：", "1.测试部门（本级）", "2.测试中心"),
            section("第三部分", "测试部门2023年度部门决算", "情况说明"));
    PublishedReport report = report(EDITION.deriver().derive(a).toWanYuan(), sections);
    FinalAccounts got = ReportRecovery.recover(report, EDITION).accounts();
    assertThat(got.department().duties()).containsExactly("负责甲事项。", "负责乙事项，实行跟踪监督", "负责丙事项。");
    assertThat(got.department().units()).extracting(u -> u.name()).contains("测试中心");
  }

  @Test
  void nextYearCarriesTheDepartmentAndLastYearsTotals() {
    FinalAccounts a = accounts();
    NextYear.Started s = new NextYear(Editions.installed()).start(a, 2024);
    assertThat(s.edition().fiscalYear()).isEqualTo(2024);
    assertThat(s.accounts().fiscalYear()).isEqualTo(2024);
    assertThat(s.accounts().department()).isEqualTo(a.department());
    assertThat(s.accounts().facts().items()).allMatch(i -> i.amounts().isEmpty());
    assertThat(
            Rounding.toWanYuan(s.accounts().facts().fact(Fact.PRIOR_TOTAL).orElseThrow()).value())
        .isEqualByComparingTo("108.00");
  }

  /** A published report of 测试部门 2023 with these tables and this text. */
  private static PublishedReport report(TableSet tables, List<Section> sections) {
    return new PublishedReport(
        "test.txt",
        EDITION.id(),
        Optional.of(2023),
        tables,
        List.of(),
        new Narrative(sections),
        "",
        List.of(new PublishedReport.NameMention("测试部门", "公开01表 表头")),
        List.of());
  }

  private static Section section(String id, String title, String... sentences) {
    return new Section(
        id,
        title,
        java.util.Arrays.stream(sentences).map(t -> new Sentence(t, List.of())).toList());
  }

  private static Map<String, BigDecimal> measures(List<FunctionalItem> items) {
    Map<String, BigDecimal> out = new TreeMap<>();
    for (FunctionalItem i : items) {
      for (ItemMeasure m : ItemMeasure.values()) {
        Amount v = Rounding.toWanYuan(i.amount(m));
        if (!v.isZero()) {
          out.put(i.code().value() + " " + m.key(), v.value().stripTrailingZeros());
        }
      }
    }
    return out;
  }
}
