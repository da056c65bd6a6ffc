package io.juesuan.importer.layout;

import io.juesuan.core.table.ColumnNo;
import io.juesuan.core.table.TableId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one 公开表 is printed in a layout: its title and variants, whether rows carry their printed 行次
 * ({@code numbered}) or are known by their labels, and the 栏次 in printed order (an empty entry is a
 * printed column without a canonical 栏次).
 */
public record TableSpec(
    TableId id, List<String> titles, boolean numbered, List<Optional<ColumnNo>> columns) {
  public TableSpec {
    Objects.requireNonNull(id, "id");
    titles = List.copyOf(titles);
    columns = List.copyOf(columns);
  }

  TableSpec withNumbered(boolean n) {
    return new TableSpec(id, titles, n, columns);
  }

  TableSpec withColumns(List<Optional<ColumnNo>> c) {
    return new TableSpec(id, titles, numbered, c);
  }
}
