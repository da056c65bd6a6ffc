package io.juesuan.render.grid;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One cell of a printed table: text, spans, and, for amounts, the number (so spreadsheets get a
 * numeric cell). {@code emphasis} marks 合计 rows and header cells.
 */
public record GridCell(
    String text,
    int colspan,
    int rowspan,
    CellKind kind,
    Optional<BigDecimal> number,
    boolean emphasis) {
  public GridCell {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(number, "number");
    if (colspan < 1 || rowspan < 1) {
      throw new IllegalArgumentException("span");
    }
  }

  public static GridCell head(String text, int colspan, int rowspan) {
    return new GridCell(text, colspan, rowspan, CellKind.HEAD, Optional.empty(), true);
  }

  public static GridCell text(String text) {
    return new GridCell(text, 1, 1, CellKind.TEXT, Optional.empty(), false);
  }

  public static GridCell text(String text, int colspan) {
    return new GridCell(text, colspan, 1, CellKind.TEXT, Optional.empty(), false);
  }

  public static GridCell center(String text) {
    return new GridCell(text, 1, 1, CellKind.CENTER, Optional.empty(), false);
  }

  /** An amount printed with two decimals; blank when empty. */
  public static GridCell amount(Optional<BigDecimal> value) {
    return new GridCell(
        value
            .map(v -> v.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString())
            .orElse(""),
        1,
        1,
        CellKind.NUMBER,
        value,
        false);
  }

  /** A figure already formatted (a percentage), right-aligned, not numeric in spreadsheets. */
  public static GridCell figure(String text) {
    return new GridCell(text, 1, 1, CellKind.FIGURE, Optional.empty(), false);
  }

  public GridCell emphasised() {
    return new GridCell(text, colspan, rowspan, kind, number, true);
  }

  public GridCell spanning(int columns, int rows) {
    return new GridCell(text, columns, rows, kind, number, emphasis);
  }

  /** How a cell is aligned and typed. */
  public enum CellKind {
    /** Header: centred, bold. */
    HEAD,
    /** Left-aligned text (names). */
    TEXT,
    /** Centred short text (行次, 栏次, codes). */
    CENTER,
    /** An amount: right-aligned, numeric in spreadsheets. */
    NUMBER,
    /** A formatted figure (percent): right-aligned text. */
    FIGURE
  }
}
