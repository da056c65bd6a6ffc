package io.juesuan.importer.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.money.Amount;
import io.juesuan.core.table.ColumnNo;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A row's anchors are bound once (the other cells' sum does not depend on the placement) and each
 * placement is counted against them: "=", "<=" and ">=" within 0.02.
 */
class PlacementConstraintsTest {
  private static final ColumnNo C1 = ColumnNo.of(1);
  private static final ColumnNo C2 = ColumnNo.of(2);

  private static PlacementConstraints.BoundAnchor anchor(ColumnNo c, String op, String other) {
    return new PlacementConstraints.BoundAnchor(c, op, new BigDecimal(other));
  }

  @Test
  void countsTheAnchorsAPlacementViolates() {
    List<PlacementConstraints.BoundAnchor> bound =
        List.of(anchor(C1, "=", "100.00"), anchor(C2, ">=", "5.00"), anchor(C2, "<=", "7.00"));
    assertThat(
            PlacementConstraints.anchorViolations(
                bound, Map.of(C1, Amount.wan("100.01"), C2, Amount.wan("6.00"))))
        .isZero();
    assertThat(
            PlacementConstraints.anchorViolations(
                bound, Map.of(C1, Amount.wan("6.00"), C2, Amount.wan("100.00"))))
        .isEqualTo(2);
    // a cell the placement leaves empty counts as 0
    assertThat(PlacementConstraints.anchorViolations(bound, Map.of(C2, Amount.wan("4.99"))))
        .isEqualTo(1 + 0 + 0);
    assertThat(PlacementConstraints.anchorViolations(bound, Map.of(C2, Amount.wan("4.97"))))
        .isEqualTo(2);
    assertThat(PlacementConstraints.anchorViolations(List.of(), Map.of())).isZero();
  }
}
