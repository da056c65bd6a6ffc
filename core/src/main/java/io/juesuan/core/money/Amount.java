package io.juesuan.core.money;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * 金额 — an amount with two decimals in a known unit. Construction fails loudly on more decimals;
 * arithmetic that mixes units throws.
 */
public record Amount(BigDecimal value, AmountUnit unit) implements Comparable<Amount> {

  // Amounts are immutable: one zero per unit serves every caller.
  private static final Amount ZERO_YUAN = new Amount(BigDecimal.ZERO, AmountUnit.YUAN);
  private static final Amount ZERO_WAN_YUAN = new Amount(BigDecimal.ZERO, AmountUnit.WAN_YUAN);

  public Amount {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
    value = Rounding.exactCents(value);
  }

  public static Amount zero(AmountUnit unit) {
    return switch (Objects.requireNonNull(unit, "unit")) {
      case YUAN -> ZERO_YUAN;
      case WAN_YUAN -> ZERO_WAN_YUAN;
    };
  }

  public static Amount of(String text, AmountUnit unit) {
    return new Amount(new BigDecimal(text), unit);
  }

  public static Amount wan(String text) {
    return of(text, AmountUnit.WAN_YUAN);
  }

  public static Amount yuan(String text) {
    return of(text, AmountUnit.YUAN);
  }

  /**
   * Parses a figure as printed or typed: "1,093.15", "990.24", "-", "－" (dash means zero is not
   * accepted here: callers decide). Returns empty when the text is not a number.
   */
  public static Optional<Amount> parse(String text, AmountUnit unit) {
    String t = text.trim().replace(",", "").replace("，", "");
    if (t.isEmpty() || !t.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
      return Optional.empty();
    }
    BigDecimal v = new BigDecimal(t);
    if (v.scale() > 2 && v.stripTrailingZeros().scale() > 2) {
      return Optional.empty();
    }
    return Optional.of(new Amount(v, unit));
  }

  public Amount plus(Amount other) {
    requireSameUnit(other);
    return new Amount(value.add(other.value), unit);
  }

  public Amount minus(Amount other) {
    requireSameUnit(other);
    return new Amount(value.subtract(other.value), unit);
  }

  public Amount negate() {
    return new Amount(value.negate(), unit);
  }

  public Amount abs() {
    return new Amount(value.abs(), unit);
  }

  public boolean isZero() {
    return value.signum() == 0;
  }

  public boolean isNegative() {
    return value.signum() < 0;
  }

  public int signum() {
    return value.signum();
  }

  private void requireSameUnit(Amount other) {
    if (other.unit != unit) {
      throw new IllegalArgumentException("不能混合计算不同单位的金额: " + this + " 与 " + other);
    }
  }

  @Override
  public int compareTo(Amount other) {
    requireSameUnit(other);
    return value.compareTo(other.value);
  }

  /** The figure as published: two decimals, no unit, no grouping ("990.24"). */
  public String plain() {
    return value.toPlainString();
  }

  /** With thousands separators ("1,093.15"). */
  public String grouped() {
    return String.format(java.util.Locale.ROOT, "%,.2f", value);
  }

  @Override
  public String toString() {
    return value.toPlainString() + unit.label();
  }
}
