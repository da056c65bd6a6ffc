package io.juesuan.importer.table;

import java.util.Objects;

/**
 * A piece of a table's body: a word, an integer (行次 or code), an amount, or a dash for a blank
 * cell; x is its centre on the page and right its right edge (NaN from text); cellLeft and
 * cellRight the rules drawn left and right of it (NaN when the PDF draws none there).
 */
record Item(Kind kind, String text, float x, float right, float cellLeft, float cellRight) {
  enum Kind {
    TEXT,
    INT,
    AMOUNT,
    DASH
  }

  Item {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  Item(Kind kind, String text) {
    this(kind, text, Float.NaN, Float.NaN);
  }

  Item(Kind kind, String text, float x, float right) {
    this(kind, text, x, right, Float.NaN, Float.NaN);
  }

  /** Its left edge, from its centre and right edge (its centre when the edge is unknown). */
  float left() {
    return Float.isNaN(right) ? x : 2 * x - right;
  }

  boolean is(Kind k) {
    return kind == k;
  }
}
