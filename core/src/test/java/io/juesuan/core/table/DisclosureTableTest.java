package io.juesuan.core.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.money.Amount;
import io.juesuan.core.money.AmountUnit;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DisclosureTableTest {
  private static final TableId T05 = TableId.of("05");
  private static final RowNo ROW = RowNo.of("201");
  private static final ColumnNo COL = ColumnNo.of(1);

  @Test
  @DisplayName(
      "a built table keeps its cells when the builder goes on (the maps are handed over, then copied)")
  void builtTableDoesNotChangeWithItsBuilder() {
    DisclosureTable.Builder b = DisclosureTable.builder(T05, AmountUnit.YUAN);
    b.row(new TableRow(ROW, "一般公共服务支出", RowKind.CATEGORY));
    b.put(ROW, COL, Amount.yuan("100.00"));
    DisclosureTable first = b.build();
    b.put(ROW, COL, Amount.yuan("250.00"));
    b.put(ROW, ColumnNo.of(2), Amount.yuan("7.00"));
    b.put(RowNo.of("204"), COL, Amount.yuan("1.00"));
    DisclosureTable second = b.build();

    assertThat(first.rowCells(ROW)).isEqualTo(Map.of(COL, Amount.yuan("100.00")));
    assertThat(first.row(RowNo.of("204"))).isEmpty();
    assertThat(second.rowCells(ROW))
        .containsEntry(COL, Amount.yuan("250.00"))
        .containsEntry(ColumnNo.of(2), Amount.yuan("7.00"));
    assertThat(second.cell(RowNo.of("204"), COL).amountOrZero(AmountUnit.YUAN))
        .isEqualTo(Amount.yuan("1.00"));
  }

  @Test
  @DisplayName("a table set's 万元 figures are rounded once per cell and made once per set")
  void wanYuanIsMadeOnce() {
    DisclosureTable.Builder b = DisclosureTable.builder(T05, AmountUnit.YUAN);
    b.row(new TableRow(ROW, "一般公共服务支出", RowKind.CATEGORY));
    b.put(ROW, COL, Amount.yuan("123456.78"));
    TableSet set = new TableSet(AmountUnit.YUAN, Map.of(T05, b.build()));

    TableSet wan = set.toWanYuan();
    assertThat(wan.unit()).isEqualTo(AmountUnit.WAN_YUAN);
    assertThat(wan.amountOrZero(new CellRef(T05, ROW, COL)).value()).isEqualByComparingTo("12.35");
    assertThat(set.toWanYuan()).isSameAs(wan);
    assertThat(wan.toWanYuan()).isSameAs(wan);
  }
}
