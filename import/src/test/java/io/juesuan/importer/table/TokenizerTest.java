package io.juesuan.importer.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.importer.Line;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  private static Line.Word w(String text, float x0, float x1) {
    return new Line.Word(text, x0, x1);
  }

  @Test
  @DisplayName("an amount wrapped inside a narrow cell (\"19004.4\" over \"6\") is read whole")
  void joinsAmountsWrappedInsideTheirCell() {
    Line row =
        new Line(
            1,
            List.of(
                w("合计", 20, 40),
                w("19004.4", 100, 140),
                w("17460.15", 160, 205),
                w("8.64", 400, 420)));
    Line wrap = new Line(1, List.of(w("6", 120, 126)));
    List<Item> items = Tokenizer.items(List.of(row, wrap));
    assertThat(items).extracting(Item::text).containsExactly("合计", "19004.46", "17460.15", "8.64");
  }

  @Test
  @DisplayName("a number below in another column is not glued to an amount")
  void leavesOtherColumnsAlone() {
    Line row = new Line(1, List.of(w("合计", 20, 40), w("990.75", 100, 140)));
    Line next = new Line(1, List.of(w("201", 20, 35), w("7", 300, 306)));
    assertThat(Tokenizer.items(List.of(row, next)))
        .extracting(Item::text)
        .containsExactly("合计", "990.75", "201", "7");
  }
}
