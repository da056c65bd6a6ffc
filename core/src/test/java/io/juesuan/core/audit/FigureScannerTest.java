package io.juesuan.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.narrative.CitedFigure;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FigureScannerTest {
  @Test
  @DisplayName("读出金额、占比、年度、数量、方向词和科目名称，按出现顺序")
  void findsEveryKindOfFigureInOrder() {
    List<CitedFigure> f =
        FigureScanner.scan(
            "2023年度收入合计1,093.15万元，比2022年度增加0.67万元，增长0.1%；共有车辆7辆。1.一般公共服务(类)支出746.34万元，占75.3%。");
    assertThat(f)
        .extracting(x -> x.kind() + ":" + x.text())
        .containsExactly(
            "YEAR:2023年",
            "AMOUNT:1,093.15万元",
            "YEAR:2022年",
            "DIRECTION:增加",
            "AMOUNT:0.67万元",
            "DIRECTION:增长",
            "PERCENT:0.1%",
            "COUNT:7辆",
            "NAME:一般公共服务(类)",
            "AMOUNT:746.34万元",
            "PERCENT:75.3%");
    assertThat(f.get(1).value())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1093.15"));
    assertThat(f.get(6).decimals()).isEqualTo(1);
  }

  @Test
  @DisplayName("没有数字的句子仍读出方向词和科目名称；各种金额单位和百分号都读到")
  void sentencesWithoutSomeCharactersStillYieldTheOtherFigures() {
    assertThat(FigureScanner.scan("用于，一般公共服务（类）支出，较上年减少。"))
        .extracting(x -> x.kind() + ":" + x.text())
        .containsExactly("NAME:一般公共服务（类）", "DIRECTION:减少");
    assertThat(FigureScanner.scan("支出9,907,500元，约0.99亿元，占12％，共3次。"))
        .extracting(x -> x.kind() + ":" + x.text())
        .containsExactly("AMOUNT:9,907,500元", "AMOUNT:0.99亿元", "PERCENT:12％", "COUNT:3次");
  }

  @Test
  @DisplayName("长句中的多个科目名称：每个都读到，全角半角括号皆可，名称前超过30字的部分不算")
  void findsEveryClassificationNameOfALongSentence() {
    String s =
        "主要用于：1.一般公共服务支出（类）人大事务（款）行政运行（项）支出12.30万元，主要是人员经费支出增加；"
            + "2.社会保障和就业支出(类)行政事业单位养老支出(款)机关事业单位基本养老保险缴费支出(项)支出5.00万元；"
            + "类别说明（类）；"
            + "甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸甲乙卫生健康支出（类）。";
    assertThat(FigureScanner.scan(s))
        .filteredOn(x -> x.kind() == io.juesuan.core.narrative.FigureKind.NAME)
        .extracting(CitedFigure::text)
        .containsExactly(
            "一般公共服务支出（类）人大事务（款）行政运行（项）",
            "社会保障和就业支出(类)行政事业单位养老支出(款)机关事业单位基本养老保险缴费支出(项)",
            "类别说明（类）",
            "壬癸甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸甲乙卫生健康支出（类）");
  }

  @Test
  void findsWhereTheNextCategoryMarkerStarts() {
    assertThat(FigureScanner.categoryMarker("教育支出（类）", 0)).isEqualTo(4);
    assertThat(FigureScanner.categoryMarker("教育支出(类)和科技(类)", 5)).isEqualTo(10);
    assertThat(FigureScanner.categoryMarker("类别（类", 0)).isEqualTo(-1);
    assertThat(FigureScanner.categoryMarker("（类）", 1)).isEqualTo(-1);
  }

  @Test
  void splitsClassificationNamesIntoTheirLevels() {
    assertThat(FigureScanner.nameParts("社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）"))
        .containsExactly("社会保障和就业支出", "行政事业单位养老支出", "行政单位离退休");
    assertThat(FigureScanner.nameParts("卫生健康（类）")).containsExactly("卫生健康", "", "");
  }

  @Test
  void brokenFiguresAreNotAmounts() {
    assertThat(FigureScanner.scan("比2022年度决算数增加(减少)0.万元")).noneMatch(x -> x.text().equals("0.万元"));
  }
}
