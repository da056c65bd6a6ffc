package io.juesuan.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.render.grid.Grid;
import io.juesuan.render.grid.GridCell;
import io.juesuan.render.grid.HeaderGrid;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HeaderGridTest {

  @Test
  @DisplayName("04表 表头：收入/支出 合并，决算数 跨四栏，短路径向下合并")
  void mergesSharedPrefixesAndSpansShortPathsDown() {
    List<List<GridCell>> rows =
        HeaderGrid.of(
            List.of(
                List.of("收入", "项目"), List.of("收入", "决算数"),
                List.of("支出", "决算数", "合计"), List.of("支出", "决算数", "一般公共预算财政拨款")));
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0))
        .extracting(GridCell::text, GridCell::colspan)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("收入", 2),
            org.assertj.core.groups.Tuple.tuple("支出", 2));
    assertThat(rows.get(1))
        .extracting(GridCell::text, GridCell::colspan, GridCell::rowspan)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("项目", 1, 2),
            org.assertj.core.groups.Tuple.tuple("决算数", 1, 2),
            org.assertj.core.groups.Tuple.tuple("决算数", 2, 1));
    assertThat(rows.get(2)).extracting(GridCell::text).containsExactly("合计", "一般公共预算财政拨款");
  }

  @Test
  void placesSpanningCellsAtAbsolutePositions() {
    Grid g =
        new Grid(
            3,
            HeaderGrid.of(List.of(List.of("A"), List.of("B", "C"), List.of("B", "D"))),
            List.of(List.of(GridCell.text("x"), GridCell.text("y"), GridCell.text("z"))));
    assertThat(g.place())
        .extracting(p -> p.row() + ":" + p.column() + ":" + p.cell().text())
        .containsExactly("0:0:A", "0:1:B", "1:1:C", "1:2:D", "2:0:x", "2:1:y", "2:2:z");
  }
}
