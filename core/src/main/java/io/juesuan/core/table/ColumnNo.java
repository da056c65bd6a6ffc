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

  @Override
  public String toString() {
    return Integer.toString(value);
  }
}
