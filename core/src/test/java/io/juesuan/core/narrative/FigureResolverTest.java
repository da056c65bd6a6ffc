package io.juesuan.core.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureResolverTest {
  private final FigureResolver resolver = new NarrativeFixture().resolver();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "01.31.1 | 110.00",
        "03.合计.2 | 100.00",
        "fact:priorYear.total | 100.00",
        "item:*:fiscal.generalBudget.initialBudget | 128.00",
        "item:221:fiscal.generalBudget.initialBudget | 8.00",
        "count:threePublic.vehiclesHeld | 2",
        "project:*:budget | 12.00",
        "vehicleUse:* | 2",
        "goal:1:judgeable | 1",
        "goals:count | 1",
        "sum(01.1.1;0.50) | 110.50",
        "diff(01.31.1;fact:priorYear.total) | 10.00",
        "abs(diff(fact:priorYear.total;01.31.1)) | 10.00",
        "sign(diff(fact:priorYear.total;01.31.1)) | -1",
        "share(03.合计.2;03.合计.1) | 90.9090909100",
        "growth(01.31.1;fact:priorYear.total) | 10.0000000000"
      })
  void resolvesBindings(String binding, String expected) {
    assertThat(resolver.resolve(binding))
        .get()
        .satisfies(v -> assertThat(v).isEqualByComparingTo(new BigDecimal(expected)));
  }

  @Test
  void missingFactAndUndefinedRatioAreEmpty() {
    assertThat(resolver.resolve("fact:priorYear.operatingCosts")).isEmpty();
    assertThat(resolver.resolve("share(01.1.1;01.2.1)")).isEmpty();
  }

  @Test
  void unknownBindingIsABug() {
    assertThatThrownBy(() -> resolver.resolve("fact:nothing"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> resolver.resolve("median(01.1.1)"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> resolver.resolve("01.x")).isInstanceOf(IllegalArgumentException.class);
  }
}
