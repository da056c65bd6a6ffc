package io.juesuan.core.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LayoutSetTest {
  private final LayoutSet layouts =
      io.juesuan.core.edition.Editions.installed().get("national-2023").layouts();

  @Test
  void hasNineTables() {
    assertThat(layouts.tables())
        .extracting(t -> t.id().value())
        .containsExactly("01", "02", "03", "04", "05", "06", "07", "08", "09");
  }

  @Test
  @DisplayName("01表 rows 1–62 and 04表 rows 1–64 in printed order")
  void fixedTablesHaveEveryRowNumber() {
    assertThat(layouts.table(TableId.of("01")).rows())
        .extracting(r -> r.no().value())
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1, 62).mapToObj(Integer::toString).toList());
    assertThat(layouts.table(TableId.of("04")).rows())
        .extracting(r -> r.no().value())
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1, 64).mapToObj(Integer::toString).toList());
  }

  @Test
  @DisplayName("01表 32–57 are the 26 类 in the official order")
  void expenditureRowsCarryCategoryCodes() {
    TableLayout t01 = layouts.table(TableId.of("01"));
    assertThat(t01.rowForCode("201")).map(r -> r.no().value()).hasValue("32");
    assertThat(t01.rowForCode("234")).map(r -> r.no().value()).hasValue("57");
    assertThat(t01.rowForCode("221")).map(r -> r.label()).hasValue("十九、住房保障支出");
    assertThat(layouts.table(TableId.of("04")).rowForCode("210"))
        .map(r -> r.no().value())
        .hasValue("41");
  }

  @Test
  void emptyTablesHaveTheirSentence() {
    assertThat(layouts.table(TableId.of("07")).emptyStatement()).hasValue("本部门当年无政府性基金预算财政拨款收入支出");
    assertThat(layouts.table(TableId.of("08")).emptyStatement()).hasValue("本部门当年无国有资本经营预算财政拨款支出");
  }

  @Test
  void multiLevelHeadersComeFromHeaderPaths() {
    assertThat(layouts.table(TableId.of("09")).column(ColumnNo.of(10)).orElseThrow().header())
        .containsExactly("决算数", "公务用车购置及运行费", "公务用车购置费");
  }
}
