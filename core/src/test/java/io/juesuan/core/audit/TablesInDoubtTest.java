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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Reconcile before judge: a table the reader could not reconcile with its own totals is in doubt,
 * and every check reading it is listed as 未能核对 instead of giving an error.
 */
class TablesInDoubtTest {
  /** 05表 whose 类 row (90.00) does not add up to its 合计 (100.00): a misread or a real error. */
  private static final TableSet TABLES =
      new TableSet(AmountUnit.WAN_YUAN, Map.of(TableId.of("05"), table05()));

  private static final Narrative NARRATIVE =
      new Narrative(
          List.of(
              new Section(
                  "五(二)", "一般公共预算财政拨款支出决算结构情况", List.of(sentence("一般公共服务(类)支出95.00万元，占95%。")))));

  @Test
  @DisplayName("表读取可信时，表内不平与说明不符都是错误")
  void aTrustedTableIsJudged() {
    CheckResult r = audit(Set.of());
    assertThat(errors(r)).extracting(f -> f.rule().value()).contains("T05-HIER", "N-AMOUNT");
  }

  @Test
  @DisplayName("表读取存疑时，依赖该表的表内、表间和说明核对均列为未能核对，不报错误")
  void aTableInDoubtIsNotJudged() {
    CheckResult r = audit(Set.of(TableId.of("05")));
    assertThat(r.findings())
        .filteredOn(f -> f.severity() != Severity.INFO)
        .noneMatch(f -> f.rule().value().startsWith("T05") || f.rule().value().startsWith("N-"));
    assertThat(r.skipped())
        .anyMatch(s -> s.rule().value().equals("T05-HIER") && s.reason().contains("未能核对"))
        .anyMatch(s -> s.rule().value().equals("N-AMOUNT") && s.reason().contains("公开05表"));
  }

  private static Sentence sentence(String s) {
    return new Sentence(s, FigureScanner.scan(s));
  }

  private static List<Finding> errors(CheckResult r) {
    return r.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
  }

  private static CheckResult audit(Set<TableId> inDoubt) {
    PublishedReport report =
        new PublishedReport(
            "test",
            "test",
            Optional.of(2023),
            TABLES,
            List.of(),
            NARRATIVE,
            "2023年度部门决算",
            List.of(),
            List.of(),
            inDoubt);
    return new ReportAuditor().audit(report);
  }

  private static DisclosureTable table05() {
    DisclosureTable.Builder b = DisclosureTable.builder(TableId.of("05"), AmountUnit.WAN_YUAN);
    b.row(new TableRow(RowNo.TOTAL, "合计", RowKind.TOTAL));
    b.row(new TableRow(RowNo.of("201"), "一般公共服务支出", RowKind.CATEGORY));
    b.row(new TableRow(RowNo.of("20103"), "政府办公厅（室）及相关机构事务", RowKind.SECTION));
    b.row(new TableRow(RowNo.of("2010301"), "行政运行", RowKind.ITEM));
    Map.of("合计", "100.00", "201", "90.00", "20103", "90.00", "2010301", "90.00")
        .forEach(
            (row, v) -> {
              b.put(RowNo.of(row), ColumnNo.of(1), Amount.wan(v));
              b.put(RowNo.of(row), ColumnNo.of(2), Amount.wan(v));
            });
    return b.build();
  }
}
