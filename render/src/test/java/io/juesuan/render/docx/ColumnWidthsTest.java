package io.juesuan.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.render.grid.Grid;
import io.juesuan.render.grid.GridCell;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ColumnWidthsTest {
  private static Grid classified(int amountColumns, String name, String amount) {
    List<GridCell> head = new ArrayList<>();
    head.add(GridCell.head("功能分类科目编码", 1, 1));
    head.add(GridCell.head("科目名称", 1, 1));
    for (int i = 0; i < amountColumns; i++) {
      head.add(GridCell.head("对附属单位补助支出", 1, 1));
    }
    List<GridCell> row = new ArrayList<>();
    row.add(GridCell.center("2080505"));
    row.add(GridCell.text("\u3000\u3000" + name));
    for (int i = 0; i < amountColumns; i++) {
      row.add(GridCell.amount(Optional.of(new BigDecimal(amount))));
    }
    return new Grid(2 + amountColumns, List.of(head), List.of(row));
  }

  @Test
  @DisplayName("名称列宽于金额列，金额列不窄于最宽的数字，表宽等于纵向版心")
  void nameColumnIsWideAndAmountsFitTheirFigures() {
    ColumnWidths w = ColumnWidths.of(classified(6, "机关事业单位基本养老保险缴费支出", "123456.78"), 8.5);
    assertThat(w.landscape()).isFalse();
    assertThat(w.total()).isEqualTo(ColumnWidths.PORTRAIT);
    double figure = ColumnWidths.ems("123456.78", false) * 8.5 * 20 + ColumnWidths.PADDING;
    for (int c = 2; c < 8; c++) {
      assertThat(w.twips()[1]).isGreaterThan(w.twips()[c]);
      assertThat(w.twips()[c]).isGreaterThanOrEqualTo((int) figure);
    }
    double name = ColumnWidths.ems("\u3000\u3000机关事业单位基本养老保险缴费支出", false) * 8.5 * 20;
    assertThat(w.twips()[1]).as("名称不超过两行").isGreaterThanOrEqualTo((int) (name / 2));
  }

  @Test
  @DisplayName("纵向放不下（名称需超过两行）的宽表改用横向页")
  void tooWideForPortraitGoesLandscape() {
    ColumnWidths w = ColumnWidths.of(classified(14, "机关事业单位基本养老保险缴费支出", "1234567890.12"), 8.5);
    assertThat(w.landscape()).isTrue();
    assertThat(w.total()).isEqualTo(ColumnWidths.LANDSCAPE);
  }
}
