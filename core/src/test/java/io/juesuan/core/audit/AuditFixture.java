package io.juesuan.core.audit;

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

/**
 * A small hand-built published report for audit tests: 01/03/05表 of one 类 with one 项 (100.00 万元
 * everywhere), and the narrative sections a test gives.
 */
final class AuditFixture {
  static final String DEPT = "某某市某某区测试局";

  private AuditFixture() {}

  static List<String> rules(CheckResult r, Severity s) {
    return r.findings().stream().filter(f -> f.severity() == s).map(f -> f.rule().value()).toList();
  }

  static List<Finding> only(CheckResult r, String prefix) {
    return r.findings().stream().filter(f -> f.rule().value().startsWith(prefix)).toList();
  }

  static Section section(String id, String title, String... sentences) {
    return new Section(
        id,
        title,
        Arrays.stream(sentences).map(s -> new Sentence(s, FigureScanner.scan(s))).toList());
  }

  /** 01表 of the fixture: every total 100.00. */
  static final Map<String, Map<Integer, String>> TABLE_01 =
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
          Map.of(2, "100.00"));

  static CheckResult audit(Section... sections) {
    return audit(TABLE_01, sections);
  }

  /** The fixture with another 01表 (e.g. a 本年支出合计 other than the 05表 total). */
  static CheckResult audit(Map<String, Map<Integer, String>> table01, Section... sections) {
    List<Section> all = new ArrayList<>();
    all.add(new Section("第三部分", "第三部分 情况说明", List.of()));
    all.addAll(Arrays.asList(sections));
    Map<TableId, DisclosureTable> t = new TreeMap<>();
    t.put(TableId.of("01"), table("01", table01));
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

  static DisclosureTable table(String id, Map<String, Map<Integer, String>> cells) {
    DisclosureTable.Builder b = DisclosureTable.builder(TableId.of(id), AmountUnit.WAN_YUAN);
    cells.forEach(
        (row, m) -> m.forEach((c, v) -> b.put(RowNo.of(row), ColumnNo.of(c), Amount.wan(v))));
    return b.build();
  }

  static DisclosureTable classified(String id, Map<Integer, String> values) {
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
