package io.juesuan.core.table;

/** What a row of a 公开表 stands for. */
public enum RowKind {
  /** A numbered line of a fixed table (01表 1 一般公共预算财政拨款收入). */
  LINE,
  /** A printed row without label or figures (01表 rows 9–26). */
  SPACER,
  /** 合计 / 总计 / 人员经费合计 … */
  TOTAL,
  /** A 类 row (3-digit code). */
  CATEGORY,
  /** A 款 row (5-digit code). */
  SECTION,
  /** A 项 row (7-digit code). */
  ITEM;

  /** The kind of a row keyed by a classification code, by the code's length. */
  public static RowKind ofCode(String code) {
    return switch (code.length()) {
      case 3 -> CATEGORY;
      case 5 -> SECTION;
      case 7 -> ITEM;
      default -> throw new IllegalArgumentException("不是科目编码: " + code);
    };
  }

  public boolean isCode() {
    return this == CATEGORY || this == SECTION || this == ITEM;
  }
}
