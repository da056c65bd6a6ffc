package io.juesuan.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 舍入 — all rounding policy in one class. 元 → 万元 happens here and nowhere else: each figure is
 * rounded on its own, half up, to 0.01 万元, as the published tables are.
 */
public final class Rounding {
  /** Scale at which ratios are computed before they are printed. */
  public static final int RATIO_SCALE = 10;

  private Rounding() {}

  /** 元 → 万元 (two decimals, half up). An amount already in 万元 is returned as it is. */
  public static Amount toWanYuan(Amount amount) {
    if (amount.unit() == AmountUnit.WAN_YUAN) {
      return amount;
    }
    return new Amount(
        amount.value().movePointLeft(4).setScale(2, RoundingMode.HALF_UP), AmountUnit.WAN_YUAN);
  }

  /** 万元 → 元, exact (used to compare a published figure with source data). */
  public static Amount toYuan(Amount amount) {
    if (amount.unit() == AmountUnit.YUAN) {
      return amount;
    }
    return new Amount(amount.value().movePointRight(4), AmountUnit.YUAN);
  }

  static BigDecimal exactCents(BigDecimal value) {
    try {
      return value.setScale(2, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("金额最多两位小数: " + value.toPlainString(), e);
    }
  }

  static BigDecimal divide(BigDecimal numerator, BigDecimal denominator) {
    return numerator.divide(denominator, RATIO_SCALE, RoundingMode.HALF_UP);
  }

  /** Rounds a ratio value (already × 100 where a percentage) to the printed decimals. */
  public static BigDecimal printed(BigDecimal value, int decimals) {
    return value.setScale(decimals, RoundingMode.HALF_UP);
  }

  /**
   * Truncation towards zero, used only to recognise figures a report truncated instead of rounding.
   */
  public static BigDecimal truncated(BigDecimal value, int decimals) {
    return value.setScale(decimals, RoundingMode.DOWN);
  }
}
