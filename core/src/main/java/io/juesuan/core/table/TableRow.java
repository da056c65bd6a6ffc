package io.juesuan.core.table;

import java.util.Objects;

/** A row of a {@link DisclosureTable}: its 行次/code, the printed label and what it stands for. */
public record TableRow(RowNo no, String label, RowKind kind) {
  public TableRow {
    Objects.requireNonNull(no, "no");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(kind, "kind");
  }
}
