package io.juesuan.importer.layout;

import io.juesuan.core.table.TableId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 导入格式 — how one region's reports print the nine tables, read from a {@code .layout} resource.
 * {@code columnNames}: other names under which reports print a column header (the layout's name →
 * the names also taken for it).
 */
public record ImportLayout(
    String id,
    String description,
    List<Pattern> detect,
    List<TableSpec> tables,
    Map<String, List<String>> columnNames) {
  public ImportLayout {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    detect = List.copyOf(detect);
    tables = List.copyOf(tables);
    columnNames = Map.copyOf(columnNames);
  }

  /** The names a column header printed under the layout's {@code name} may also have. */
  public List<String> otherNames(String name) {
    return columnNames.getOrDefault(name, List.of());
  }

  public Optional<TableSpec> table(TableId table) {
    return tables.stream().filter(t -> t.id().equals(table)).findFirst();
  }

  /**
   * How strongly a document's text points to this layout: one point per matching detect pattern.
   */
  public int score(String text) {
    int s = 0;
    for (Pattern p : detect) {
      if (p.matcher(text).find()) {
        s++;
      }
    }
    return s;
  }
}
