package io.juesuan.core.table;

import io.juesuan.core.money.Amount;
import io.juesuan.core.money.AmountUnit;
import java.util.Objects;

/**
 * A cell of a 公开表: blank, or filled with an amount. Arithmetic uses {@link #amountOrZero} on
 * purpose.
 */
public sealed interface Cell permits Cell.Blank, Cell.Filled {

  Amount amountOrZero(AmountUnit unit);

  boolean isBlank();

  static Cell blank() {
    return Blank.INSTANCE;
  }

  static Cell of(Amount amount) {
    return new Filled(amount);
  }

  /** A cell printed empty. */
  final class Blank implements Cell {
    static final Blank INSTANCE = new Blank();

    private Blank() {}

    @Override
    public Amount amountOrZero(AmountUnit unit) {
      return Amount.zero(unit);
    }

    @Override
    public boolean isBlank() {
      return true;
    }

    @Override
    public String toString() {
      return "";
    }
  }

  /** A cell with a figure (zero when printed "0.00"). */
  record Filled(Amount amount) implements Cell {
    public Filled {
      Objects.requireNonNull(amount, "amount");
    }

    @Override
    public Amount amountOrZero(AmountUnit unit) {
      if (amount.unit() != unit) {
        throw new IllegalArgumentException("单元格金额单位不符: " + amount);
      }
      return amount;
    }

    @Override
    public boolean isBlank() {
      return false;
    }
  }
}
