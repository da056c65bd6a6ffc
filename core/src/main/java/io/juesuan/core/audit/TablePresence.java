package io.juesuan.core.audit;

import io.juesuan.core.table.TableId;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a 公开表 was found in a published report: its title as printed, whether any figure was read
 * under it, the "本部门当年无…" sentence printed with it, and the year in its title.
 */
public record TablePresence(
    TableId table,
    Optional<String> title,
    boolean hasFigures,
    Optional<String> emptyStatement,
    Optional<Integer> titleYear) {
  public TablePresence {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(emptyStatement, "emptyStatement");
    Objects.requireNonNull(titleYear, "titleYear");
  }

  public boolean titleFound() {
    return title.isPresent();
  }
}
