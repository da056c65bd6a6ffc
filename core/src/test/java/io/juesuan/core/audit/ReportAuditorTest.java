package io.juesuan.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.money.Amount;
import io.juesuan.core.money.AmountUnit;
import io.juesuan.core.narrative.Narrative;
import io.juesuan.core.narrative.Section;
import io.juesuan.core.narrative.Sentence;
import io.juesuan.core.rules.CheckResult;
import io.juesuan.core.rules.Finding;
import io.juesuan.core.rules.Severity;
import io.juesuan.core.table.ColumnNo;
import io.juesuan.core.table.DisclosureTable;
import io.juesuan.core.table.RowKind;
import io.juesuan.core.table.RowNo;
import io.juesuan.core.table.TableId;
import io.juesuan.core.table.TableRow;
import io.juesuan.core.table.TableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The auditor on a small hand-built report: one 类 with one 项, and a narrative with planted defects.
 */
class ReportAuditorTest {
  private static final String DEPT = "某某市某某区测试局";

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
                "决算数大于预算数的主要原因是增加经费。"));
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

  private static List<String> rules(CheckResult r, Severity s) {
    return r.findings().stream().filter(f -> f.severity() == s).map(f -> f.rule().value()).toList();
  }

  private static List<Finding> only(CheckResult r, String prefix) {
    return r.findings().stream().filter(f -> f.rule().value().startsWith(prefix)).toList();
  }

  private static Section section(String id, String title, String... sentences) {
    return new Section(
        id,
        title,
        Arrays.stream(sentences).map(s -> new Sentence(s, FigureScanner.scan(s))).toList());
  }

  private static CheckResult audit(Section... sections) {
    List<Section> all = new ArrayList<>();
    all.add(new Section("第三部分", "第三部分 情况说明", List.of()));
    all.addAll(Arrays.asList(sections));
    Map<TableId, DisclosureTable> t = new TreeMap<>();
    t.put(
        TableId.of("01"),
        table(
            "01",
            Map.of(
                "1",
                Map.of(1, "100.00"),
                "27",
                Map.of(1, "100.00"),
                "31",
                Map.of(1, "100.00"),
                "32",
                Map.of(2, "100.00"),
                "58",
                Map.of(2, "100.00"),
                "62",
                Map.of(2, "100.00"))));
    t.put(TableId.of("05"), classified("05", Map.of(1, "100.00", 2, "100.00")));
    t.put(TableId.of("03"), classified("03", Map.of(1, "100.00", 2, "100.00")));
    StringBuilder text = new StringBuilder();
    all.forEach(s -> text.append(s.text()).append('\n'));
    PublishedReport report =
        new PublishedReport(
            "test",
            "test",
            Optional.of(2023),
            new TableSet(AmountUnit.WAN_YUAN, t),
            List.of(
                new TablePresence(
                    TableId.of("01"),
                    Optional.of("收入支出决算总表"),
                    true,
                    Optional.empty(),
                    Optional.of(2023))),
            new Narrative(all),
            text.toString(),
            List.of(new PublishedReport.NameMention(DEPT, "公开01表 表头")),
            List.of());
    return new ReportAuditor().audit(report);
  }

  private static DisclosureTable table(String id, Map<String, Map<Integer, String>> cells) {
    DisclosureTable.Builder b = DisclosureTable.builder(TableId.of(id), AmountUnit.WAN_YUAN);
    cells.forEach(
        (row, m) -> m.forEach((c, v) -> b.put(RowNo.of(row), ColumnNo.of(c), Amount.wan(v))));
    return b.build();
  }

  private static DisclosureTable classified(String id, Map<Integer, String> values) {
    DisclosureTable.Builder b = DisclosureTable.builder(TableId.of(id), AmountUnit.WAN_YUAN);
    b.row(new TableRow(RowNo.TOTAL, "合计", RowKind.TOTAL));
    b.row(new TableRow(RowNo.of("201"), "一般公共服务支出", RowKind.CATEGORY));
    b.row(new TableRow(RowNo.of("20103"), "政府办公厅（室）及相关机构事务", RowKind.SECTION));
    b.row(new TableRow(RowNo.of("2010301"), "行政运行", RowKind.ITEM));
    for (String row : List.of("合计", "201", "20103", "2010301")) {
      values.forEach((c, v) -> b.put(RowNo.of(row), ColumnNo.of(c), Amount.wan(v)));
    }
    return b.build();
  }
}
