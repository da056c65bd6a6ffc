package io.juesuan.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class XlsxColumnWidthTest {
  @Test
  void aSheetThatFitsKeepsItsWidths() {
    int[] widths = {20, 14, 14, 14};
    XlsxWriter.narrowTextColumns(widths, new boolean[] {true, false, false, false});
    assertThat(widths).containsExactly(20, 14, 14, 14);
  }

  @Test
  void wideTextColumnsAreNarrowedToOneCapAndAmountsKeepTheirWidth() {
    // a 绩效自评表: 一级指标, 二级指标, 三级指标, 目标值, 完成值 (text), 评判 (text), 得分 (amount)
    int[] widths = {10, 10, 46, 46, 46, 12, 14};
    boolean[] text = {true, true, true, true, true, true, false};
    XlsxWriter.narrowTextColumns(widths, text);
    assertThat(Arrays.stream(widths).sum()).isLessThanOrEqualTo(XlsxWriter.LANDSCAPE_CHARS);
    assertThat(widths[6]).isEqualTo(14);
    assertThat(widths[0]).isEqualTo(10);
    assertThat(widths[2]).isEqualTo(widths[3]).isEqualTo(widths[4]).isLessThan(46);
  }

  @Test
  void textColumnsAreNeverNarrowerThanTheMinimum() {
    int[] widths = {16, 16, 60, 60, 60, 60, 60};
    boolean[] text = {true, true, false, false, false, false, false};
    XlsxWriter.narrowTextColumns(widths, text);
    assertThat(widths[0]).isEqualTo(XlsxWriter.MIN_TEXT);
    assertThat(widths[2]).isEqualTo(60);
  }
}
