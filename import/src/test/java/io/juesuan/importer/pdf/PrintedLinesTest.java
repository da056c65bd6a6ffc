package io.juesuan.importer.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.importer.Line;
import io.juesuan.importer.pdf.PositionedTextStripper.Placed;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How a line PDFBox grouped by vertical overlap is split into the lines as printed. */
class PrintedLinesTest {
  private static Placed word(String text, float x0, float x1, float baseline) {
    return new Placed(new Line.Word(text, x0, x1), baseline, 16f);
  }

  private static List<String> texts(List<List<Placed>> lines) {
    return lines.stream()
        .map(l -> String.join(" ", l.stream().map(p -> p.word().text()).toList()))
        .toList();
  }

  @Test
  @DisplayName("固定行距下折行标题的两行重叠：按基线拆回两行，不把“表”插进部门名称")
  void overlappingWrappedHeadingIsSplitByBaseline() {
    List<Placed> merged =
        List.of(
            word("第二部分", 40, 110, 100),
            word("上海市普陀区规划和", 118, 260, 100),
            word("表", 235, 251, 106),
            word("自然资源局2024年度部门决算", 260, 450, 100));
    assertThat(texts(PositionedTextStripper.printedLines(merged)))
        .containsExactly("第二部分 上海市普陀区规划和 自然资源局2024年度部门决算", "表");
  }

  @Test
  @DisplayName("金额略高于标签（单元格垂直居中）：不重叠的词仍在同一行")
  void wordsOfDifferentBaselinesThatDoNotCollideStayOneLine() {
    List<Placed> row = List.of(word("一般公共服务支出", 50, 150, 100), word("990.24", 300, 340, 96));
    assertThat(PositionedTextStripper.printedLines(row)).hasSize(1);
    assertThat(texts(PositionedTextStripper.printedLines(row))).containsExactly("一般公共服务支出 990.24");
  }

  @Test
  @DisplayName("两行标签之间的金额随第一行，第二行的标签另起一行")
  void amountBetweenTwoLabelLinesStaysWithTheFirst() {
    List<Placed> merged =
        List.of(
            word("一、一般公共预算", 57, 140, 100),
            word("财政拨款", 57, 100, 112),
            word("9746.50", 156, 190, 106),
            word("一、一般公共服务支", 198, 290, 100),
            word("出", 198, 208, 112));
    assertThat(texts(PositionedTextStripper.printedLines(merged)))
        .containsExactly("一、一般公共预算 9746.50 一、一般公共服务支", "财政拨款 出");
  }
}
