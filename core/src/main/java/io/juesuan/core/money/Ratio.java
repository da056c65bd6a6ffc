package io.juesuan.core.money;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * 比率 — a share, 完成率 or growth rate, kept at scale 10 and rounded only when printed. A zero
 * denominator gives {@link #undefined()}, never 0.
 */
public final class Ratio {
  private static final Ratio UNDEFINED = new Ratio(null);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BigDecimal value;

  private Ratio(BigDecimal value) {
    this.value = value;
  }

  public static Ratio undefined() {
    return UNDEFINED;
  }

  /** part / whole; undefined when whole is zero. */
  public static Ratio of(Amount part, Amount whole) {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(whole, "whole");
    if (part.unit() != whole.unit()) {
      throw new IllegalArgumentException("不同单位的金额不能求比率");
    }
    if (whole.isZero()) {
      return UNDEFINED;
    }
    return new Ratio(Rounding.divide(part.value(), whole.value()));
  }

  /** (current − previous) / previous. */
  public static Ratio growth(Amount current, Amount previous) {
    if (previous.isZero()) {
      return UNDEFINED;
    }
    return of(current.minus(previous), previous);
  }

  public static Ratio ofPercent(BigDecimal percent) {
    return new Ratio(Rounding.divide(percent, HUNDRED));
  }

  public boolean isDefined() {
    return value != null;
  }

  /** The fraction (0.999495…), empty when undefined. */
  public Optional<BigDecimal> fraction() {
    return Optional.ofNullable(value);
  }

  /** The percentage rounded to {@code decimals} places (99.95). */
  public Optional<BigDecimal> percent(int decimals) {
    return fraction().map(v -> Rounding.printed(v.multiply(HUNDRED), decimals));
  }

  /** Printed as in a report: "99.95%", or "—" when undefined. */
  public String formatPercent(int decimals) {
    return percent(decimals).map(p -> p.toPlainString() + "%").orElse("—");
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Ratio other)) {
      return false;
    }
    if (value == null || other.value == null) {
      return value == other.value;
    }
    return value.compareTo(other.value) == 0;
  }

  @Override
  public int hashCode() {
    return value == null ? 0 : value.stripTrailingZeros().hashCode();
  }

  @Override
  public String toString() {
    return formatPercent(4);
  }
}
