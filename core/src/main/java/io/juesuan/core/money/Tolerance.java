package io.juesuan.core.money;

import java.math.BigDecimal;

/**
 * 容差 — how far two sides of an identity may differ because each published term was rounded on its
 * own: 0.005 万元 per rounded term. Figures in 元 are exact: zero tolerance.
 */
public record Tolerance(BigDecimal value) {
  private static final BigDecimal HALF_CENT = new BigDecimal("0.005");

  public Tolerance {
    java.util.Objects.requireNonNull(value, "value");
  }

  public static Tolerance none() {
    return new Tolerance(BigDecimal.ZERO);
  }

  /** 0.005 × n for n independently rounded terms in 万元; zero in 元. */
  public static Tolerance forRoundedTerms(int terms, AmountUnit unit) {
    if (unit == AmountUnit.YUAN) {
      return none();
    }
    return new Tolerance(HALF_CENT.multiply(BigDecimal.valueOf(terms)));
  }

  /** Whether a (non-zero) difference is within this tolerance. */
  public boolean covers(BigDecimal difference) {
    return difference.abs().compareTo(value) <= 0;
  }
}
