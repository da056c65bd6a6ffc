package io.juesuan.importer.layout;

import io.juesuan.core.table.TableId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** 导入格式 — how one region's reports print the nine tables, read from a {@code .layout} resource. */
public record ImportLayout(
    String id, String description, List<Pattern> detect, List<TableSpec> tables) {
  public ImportLayout {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    detect = List.copyOf(detect);
    tables = List.copyOf(tables);
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
