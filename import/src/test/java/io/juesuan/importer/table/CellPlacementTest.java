package io.juesuan.importer.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.table.ColumnNo;
import io.juesuan.importer.Line;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A value's column from the cell the PDF draws around it: where its position alone is ambiguous (a
 * right-aligned amount in a wide cell stands nearer the next, narrow column's centre), the rules
 * left and right of it decide; where they enclose more than one column, they do not.
 */
class CellPlacementTest {
  private static final float NAN = Float.NaN;
  private static final List<Optional<ColumnNo>> COLUMNS =
      List.of(Optional.of(ColumnNo.of(1)), Optional.of(ColumnNo.of(2)));

  /** 栏次 1 centred in a wide cell [100, 300], 栏次 2 in a narrow one [300, 340]. */
  private static ColumnPositions positions() {
    Line numbers =
        new Line(
            1,
            List.of(
                new Line.Word("栏次", 20, 40, 100),
                new Line.Word("1", 195, 205, 100),
                new Line.Word("2", 315, 325, 100)));
    return ColumnPositions.find(List.of(numbers)).orElseThrow();
  }

  @Test
  void aRightAlignedAmountInAWideCellIsAmbiguousByPositionAlone() {
    assertThat(
            positions()
                .placement(List.of(279f), List.of(298f), List.of(new float[] {NAN, NAN}), COLUMNS))
        .isEmpty();
  }

  @Test
  void theDrawnCellDecides() {
    assertThat(
            positions()
                .placement(
                    List.of(279f), List.of(298f), List.of(new float[] {100f, 300f}), COLUMNS))
        .hasValueSatisfying(p -> assertThat(p).containsExactly(0));
    assertThat(
            positions()
                .placement(
                    List.of(330f), List.of(338f), List.of(new float[] {300f, 340f}), COLUMNS))
        .hasValueSatisfying(p -> assertThat(p).containsExactly(1));
  }

  @Test
  void aCellAroundTwoColumnsDecidesNothing() {
    assertThat(
            positions()
                .placement(
                    List.of(279f), List.of(298f), List.of(new float[] {100f, 340f}), COLUMNS))
        .isEmpty();
  }
}
