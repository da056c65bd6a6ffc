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

  @Test
  @DisplayName("a cell reference is resolved once: rows and column by key, or why it names none")
  void resolvesReferencesOnce() {
    LayoutSet.ResolvedCells total = layouts.resolve("01.收入总计");
    assertThat(total.ok()).isTrue();
    assertThat(total.rows()).hasSize(1);
    assertThat(total.column()).isPresent();
    assertThat(layouts.resolve("01.收入总计")).isSameAs(total);

    LayoutSet.ResolvedCells range = layouts.resolve("01.一般公共预算财政拨款收入..其他收入");
    assertThat(range.ok()).isTrue();
    assertThat(range.rows().size()).isGreaterThan(1);

    LayoutSet.ResolvedCells unknown = layouts.resolve("01.没有这一行");
    assertThat(unknown.ok()).isFalse();
    assertThat(unknown.problem()).contains("没有这一行");
  }

  @Test
  @DisplayName("rows and columns are found by 行次, 栏次, key and code as the layout lists them")
  void indexesAgreeWithTheLists() {
    for (TableLayout t : layouts.tables()) {
      for (RowLayout r : t.rows()) {
        assertThat(t.row(r.no()))
            .containsSame(t.rows().stream().filter(x -> x.no().equals(r.no())).findFirst().get());
        r.key().ifPresent(k -> assertThat(t.rowByKey(k)).isPresent());
        r.code()
            .ifPresent(c -> assertThat(t.rowForCode(c).map(RowLayout::code)).hasValue(r.code()));
      }
      for (ColumnLayout c : t.columns()) {
        assertThat(t.column(c.no())).containsSame(c);
        c.key()
            .ifPresent(k -> assertThat(t.columnByKey(k).map(ColumnLayout::key)).hasValue(c.key()));
      }
      assertThat(t.row(RowNo.of("999999"))).isEmpty();
    }
  }
}
