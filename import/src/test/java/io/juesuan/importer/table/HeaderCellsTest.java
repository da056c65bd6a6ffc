package io.juesuan.importer.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.importer.Line;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Header cells put together from the words of a table's header, however the lines were grouped. */
class HeaderCellsTest {
  private static Line.Word w(String text, float x0, float x1, float y) {
    return new Line.Word(text, x0, x1, y);
  }

  private static List<String> texts(List<List<Line.Word>> header) {
    return ColumnPositions.cells(header).stream()
        .map(c -> String.join("", c.stream().map(Line.Word::text).toList()))
        .toList();
  }

  @Test
  @DisplayName("垂直居中、行数不同的相邻表头单元格（行错开半行）：按位置拼回各自的文字")
  void interleavedLinesOfNeighbouringCellsArePutBackTogether() {
    // 一般公共预/算财政拨款 (2 lines), 政府性/基金预/算财政/拨款 (4 lines), the producer's lines
    // mixing them, and every character a word of its own in the first cell
    List<List<Line.Word>> lines =
        List.of(
            List.of(w("政府性", 470, 496, 100)),
            List.of(
                w("一", 418, 427, 106),
                w("般", 427, 435, 106),
                w("公", 435, 444, 106),
                w("共", 444, 452, 106),
                w("预", 452, 461, 106),
                w("基金预", 470, 496, 111)),
            List.of(w("算财政拨款", 418, 461, 117), w("算财政", 470, 496, 122)),
            List.of(w("拨款", 474, 492, 133)));
    assertThat(texts(lines)).contains("一般公共预算财政拨款", "政府性基金预算财政拨款");
  }

  @Test
  @DisplayName("末行只有一两个字的折行表头（“年初结转和结”“余”）拼成一格")
  void aShortLastLineJoinsItsCell() {
    List<List<Line.Word>> lines =
        List.of(
            List.of(w("年初结转和结", 261, 313, 100), w("本年收", 328, 353, 100)),
            List.of(w("余", 283, 291, 111), w("入", 336, 345, 111)));
    assertThat(texts(lines)).contains("年初结转和结余", "本年收入");
  }

  @Test
  @DisplayName("跨几栏的上级表头不并入下面的单元格；只压在一栏上时并入（其名称仍是该格的一段）")
  void aSpanningHeaderStaysApart() {
    List<List<Line.Word>> wide =
        List.of(
            List.of(w("财政拨款“三公”经费支出", 380, 480, 100)),
            List.of(w("合计", 380, 412, 112), w("基本支出", 420, 452, 112), w("项目支出", 460, 492, 112)));
    assertThat(texts(wide)).containsExactlyInAnyOrder("财政拨款“三公”经费支出", "合计", "基本支出", "项目支出");
    List<List<Line.Word>> overOne =
        List.of(
            List.of(w("本年支出", 420, 452, 100)),
            List.of(w("合计", 380, 412, 112), w("基本支出", 420, 452, 112), w("项目支出", 460, 492, 112)));
    assertThat(texts(overOne)).containsExactlyInAnyOrder("本年支出基本支出", "合计", "项目支出");
  }
}
