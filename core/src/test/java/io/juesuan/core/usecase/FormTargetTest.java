package io.juesuan.core.usecase;

import static io.juesuan.core.Fixtures.aDepartmentYear;
import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.edition.Editions;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.rules.Location;
import io.juesuan.core.table.CellRef;
import io.juesuan.core.table.ColumnNo;
import io.juesuan.core.table.LayoutSet;
import io.juesuan.core.table.RowNo;
import io.juesuan.core.table.TableId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A finding's place, in either edition, leads to the form field that fixes it. */
class FormTargetTest {
  private static final FinalAccounts ACCOUNTS =
      aDepartmentYear()
          .item("2010301", "行政运行", "income.other", "100.00", "expenditure.basic", "100.00")
          .build();

  private static FormTarget at(String edition, String table, String row) {
    LayoutSet layouts = Editions.installed().get(edition).layouts();
    Location cell =
        new Location.Cell(new CellRef(TableId.of(table), RowNo.of(row), ColumnNo.of(1)));
    return FormTarget.of(cell, ACCOUNTS, layouts);
  }

  @Test
  @DisplayName("按版式的表类别和行键定位：类/款/项行到功能分类项，06表款到经济分类，三公与结转结余到基础数据")
  void cellsLeadToTheirLeafFacts() {
    for (String edition : new String[] {"hubei-2023", "shanghai-2024"}) {
      assertThat(at(edition, "02", "201")).isEqualTo(new FormTarget("items", "item-2010301"));
      assertThat(at(edition, "05", "2010301")).isEqualTo(new FormTarget("items", "item-2010301"));
      assertThat(at(edition, "06", "30101"))
          .isEqualTo(new FormTarget("economic", "economic-30101"));
      assertThat(at(edition, "09", "1")).isEqualTo(new FormTarget("facts", "group-threePublic"));
      assertThat(at(edition, "04", "60")).isEqualTo(new FormTarget("facts", "group-balances"));
      assertThat(at(edition, "01", "27")).isEqualTo(new FormTarget("items", ""));
    }
  }

  @Test
  @DisplayName("数据文件中的说明文字字段到“说明”表单的对应栏；情况说明的句子到说明；其余到基础数据")
  void textsAndSourcesLeadToTheirForms() {
    LayoutSet layouts = Editions.installed().get("hubei-2023").layouts();
    assertThat(
            FormTarget.of(
                new Location.Source("narrative.yaml", 3, "reasons.totalChange"), ACCOUNTS, layouts))
        .isEqualTo(new FormTarget("texts", "text.reasons.totalChange"));
    assertThat(FormTarget.of(new Location.Source("accounts.yaml", 3, "unit"), ACCOUNTS, layouts))
        .isEqualTo(new FormTarget("facts", ""));
    assertThat(FormTarget.of(new Location.Narrative("一", "句子"), ACCOUNTS, layouts))
        .isEqualTo(new FormTarget("texts", ""));
  }
}
