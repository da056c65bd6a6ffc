package io.juesuan.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountTest {

  @Test
  void keepsTwoDecimalsAndRejectsMore() {
    assertThat(Amount.wan("990.2").plain()).isEqualTo("990.20");
    assertThatThrownBy(() -> Amount.wan("1.005"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("两位小数");
  }

  @Test
  void refusesToMixUnits() {
    assertThatThrownBy(() -> Amount.wan("1.00").plus(Amount.yuan("1.00")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource({"'1,093.15',1093.15", "990.24,990.24", "-0.50,-0.50", "0,0.00"})
  void parsesPrintedFigures(String text, String expected) {
    assertThat(Amount.parse(text, AmountUnit.WAN_YUAN))
        .hasValueSatisfying(a -> assertThat(a.value()).isEqualByComparingTo(expected));
  }

  @ParameterizedTest
  @CsvSource({"12.3a", "abc", "1.234", "''"})
  void rejectsWhatIsNotAFigure(String text) {
    assertThat(Amount.parse(text, AmountUnit.WAN_YUAN)).isEmpty();
  }

  @ParameterizedTest
  @DisplayName("元 → 万元: each figure rounded half up on its own")
  @CsvSource({
    "9902440.00,990.24",
    "5040.00,0.50",
    "9907480.00,990.75",
    "554850.00,55.49",
    "554849.99,55.48"
  })
  void convertsYuanToWanYuanHalfUp(String yuan, String wan) {
    assertThat(Rounding.toWanYuan(Amount.yuan(yuan))).isEqualTo(Amount.wan(wan));
  }

  @Test
  void ratioOfZeroWholeIsUndefinedNotZero() {
    assertThat(Ratio.of(Amount.wan("1.00"), Amount.wan("0")).isDefined()).isFalse();
    assertThat(Ratio.of(Amount.wan("990.24"), Amount.wan("990.75")).percent(2))
        .hasValue(new BigDecimal("99.95"));
    assertThat(Ratio.growth(Amount.wan("990.75"), Amount.wan("990.08")).formatPercent(1))
        .isEqualTo("0.1%");
  }

  @Test
  @DisplayName("tolerance 0.005 万元 per rounded term; none in 元")
  void reportsRoundingDifferenceWithinHalfCentPerTerm() {
    Tolerance threeTerms = Tolerance.forRoundedTerms(3, AmountUnit.WAN_YUAN);
    assertThat(threeTerms.covers(new BigDecimal("0.01"))).isTrue();
    assertThat(threeTerms.covers(new BigDecimal("0.02"))).isFalse();
    assertThat(Tolerance.forRoundedTerms(3, AmountUnit.YUAN).covers(new BigDecimal("0.01")))
        .isFalse();
  }
}
