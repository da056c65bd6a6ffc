package io.juesuan.importer.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.importer.Line;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lines between the same two drawn horizontal rules are one row of cells: a label wrapped above its
 * amounts is joined to them, cell by cell; a band that is not a plain row is left as it is.
 */
class RowBandsTest {
  private static final List<Float> RULES = List.of(50f, 150f, 250f);

  private static Line line(float y, float top, float bottom, Line.Word... words) {
    return new Line(1, List.of(words), new Line.Grid(RULES, top, bottom));
  }

  private static Line.Word w(String text, float x0, float x1, float y) {
    return new Line.Word(text, x0, x1, y);
  }

  @Test
  void aLabelWrappedAboveItsAmountsIsJoinedToThemCellByCell() {
    List<Line> lines =
        List.of(
            line(110, 100, 140, w("一、一般公共预算财政", 52, 140, 110)),
            line(122, 100, 140, w("拨款收入", 52, 90, 122), w("990.24", 200, 248, 124)),
            line(152, 140, 160, w("二、政府性基金预算财政拨款收入", 52, 148, 152)));
    List<Line> joined = RowBands.join(lines);
    assertThat(joined).hasSize(2);
    assertThat(joined.get(0).text()).isEqualTo("一、一般公共预算财政 拨款收入 990.24");
    assertThat(joined.get(1)).isSameAs(lines.get(2));
  }

  @Test
  void aBandWithSeveralLinesOfAmountsOrTooTallIsNoRow() {
    List<Line> twoAmountLines =
        List.of(
            line(110, 100, 140, w("合计", 52, 80, 110), w("1.00", 200, 240, 110)),
            line(122, 100, 140, w("其中", 52, 80, 122), w("2.00", 200, 240, 122)));
    assertThat(RowBands.join(twoAmountLines)).isEqualTo(twoAmountLines);
    List<Line> ruledOnlyAboveAndBelow =
        List.of(
            line(110, 100, 400, w("项目甲", 52, 80, 110)),
            line(122, 100, 400, w("合计", 52, 80, 122), w("3.00", 200, 240, 122)));
    assertThat(RowBands.join(ruledOnlyAboveAndBelow)).isEqualTo(ruledOnlyAboveAndBelow);
  }
}
