package io.juesuan.core.table;

/** How a 公开表's rows are made. */
public enum TableKind {
  /** Rows fixed by the layout, numbered 行次 (01, 04, 09表). */
  FIXED,
  /** 合计 then every 功能分类 code used, 类/款/项 (02, 03, 05, 07, 08表). */
  CLASSIFIED,
  /** 经济分类 codes in two blocks with their totals (06表). */
  ECONOMIC
}
