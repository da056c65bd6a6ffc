package io.juesuan.core.table;

import java.util.Objects;

/**
 * 行次 — what identifies a row of a 公开表 in the cell CSV (SPEC §8): the printed 行次 of 01/04表 ("27"),
 * the classification code of 02/03/05/07/08/06表 ("2013601", "30101"), a total ("合计", "人员经费合计") or
 * "1" for 09表.
 */
public record RowNo(String value) {
  public static final RowNo TOTAL = new RowNo("合计");

  public RowNo {
    Objects.requireNonNull(value, "value");
    if (value.isBlank() || value.contains(",")) {
      throw new IllegalArgumentException("行次不能为空或含逗号: " + value);
    }
  }

  public static RowNo of(String value) {
    return new RowNo(value);
  }

  public static RowNo of(int number) {
    return new RowNo(Integer.toString(number));
  }

  public boolean isNumber() {
    return value.chars().allMatch(Character::isDigit);
  }

  // equals and hashCode written out: the record's generated ones are bootstrapped through method
  // handles the first time they run, a cost every cold command paid for these map keys.
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof RowNo r && value.equals(r.value);
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
