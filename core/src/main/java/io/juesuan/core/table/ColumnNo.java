package io.juesuan.core.table;

/** 栏次 — the column number printed in a 公开表. */
public record ColumnNo(int value) implements Comparable<ColumnNo> {
  public ColumnNo {
    if (value < 1 || value > 99) {
      throw new IllegalArgumentException("栏次应为1至99: " + value);
    }
  }

  public static ColumnNo of(int value) {
    return new ColumnNo(value);
  }

  @Override
  public int compareTo(ColumnNo o) {
    return Integer.compare(value, o.value);
  }

  // equals and hashCode written out: the record's generated ones are bootstrapped through method
  // handles the first time they run, a cost every cold command paid for these map keys.
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof ColumnNo c && value == c.value;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(value);
  }

  @Override
  public String toString() {
    return Integer.toString(value);
  }
}
