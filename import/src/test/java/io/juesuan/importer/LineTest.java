package io.juesuan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A line's text and compact text, made once and kept; lines compare by page, words and rules. */
class LineTest {
  @Test
  void textAndCompactTextAreMadeOnceAndKept() {
    Line l = Line.ofText(3, "合计  990.75\u3000990.24 ");
    assertThat(l.text()).isEqualTo("合计 990.75 990.24");
    assertThat(l.compact()).isEqualTo("合计990.75990.24");
    assertThat(l.text()).isSameAs(l.text());
    assertThat(l.compact()).isSameAs(l.compact());
    assertThat(new Line(1, List.of()).compact()).isEmpty();
  }

  @Test
  void linesAreValues() {
    Line a = new Line(2, List.of(new Line.Word("收入", 10, 30, 100)));
    Line b = new Line(2, List.of(new Line.Word("收入", 10, 30, 100)), Line.Grid.NONE);
    a.compact(); // a kept compact text makes no difference
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(new Line(3, a.words()));
    assertThat(a)
        .isNotEqualTo(new Line(2, a.words(), new Line.Grid(List.of(5f), Float.NaN, Float.NaN)));
    assertThat(a.toString()).startsWith("Line[page=2, words=[Word[text=收入");
  }
}
