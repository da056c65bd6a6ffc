package io.juesuan.core.table;

import java.util.Objects;

/** 公开表编号 — "01" … "09" as printed in 公开NN表. */
public record TableId(String value) implements Comparable<TableId> {
  public TableId {
    Objects.requireNonNull(value, "value");
    if (value.length() != 2
        || value.charAt(0) < '0'
        || value.charAt(0) > '9'
        || value.charAt(1) < '0'
        || value.charAt(1) > '9') {
      throw new IllegalArgumentException("表号应为两位数字: " + value);
    }
  }

  public static TableId of(String value) {
    return new TableId(value);
  }

  /** "公开01表". */
  public String label() {
    return "公开" + value + "表";
  }

  @Override
  public int compareTo(TableId o) {
    return value.compareTo(o.value);
  }

  // equals and hashCode written out: the record's generated ones are bootstrapped through method
  // handles the first time they run, a cost every cold command paid for these map keys.
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof TableId t && value.equals(t.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
