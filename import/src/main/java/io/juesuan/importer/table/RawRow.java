package io.juesuan.importer.table;

import io.juesuan.core.money.Amount;
import io.juesuan.core.table.RowNo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A row as read: its key, its printed label and its values in printed order (a dash is an empty
 * value).
 */
final class RawRow {
  final RowNo key;
  final StringBuilder label = new StringBuilder();
  final List<Optional<Amount>> values = new ArrayList<>();

  /** Each value's horizontal centre on the page (NaN when read from text). */
  final List<Float> xs = new ArrayList<>();

  /** Each value's right edge on the page (NaN when read from text). */
  final List<Float> rights = new ArrayList<>();

  /** The rules drawn left and right of each value ({@code {NaN, NaN}} where none are drawn). */
  final List<float[]> cells = new ArrayList<>();

  RawRow(RowNo key) {
    this.key = key;
  }

  String label() {
    return label.toString();
  }
}
