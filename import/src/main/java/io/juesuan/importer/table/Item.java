package io.juesuan.importer.table;

import java.util.Objects;

/**
 * A piece of a table's body: a word, an integer (行次 or code), an amount, or a dash for a blank
 * cell; x is its centre on the page and right its right edge (NaN from text).
 */
record Item(Kind kind, String text, float x, float right) {
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

  /** Its left edge, from its centre and right edge (its centre when the edge is unknown). */
  float left() {
    return Float.isNaN(right) ? x : 2 * x - right;
  }

  boolean is(Kind k) {
    return kind == k;
  }
}
