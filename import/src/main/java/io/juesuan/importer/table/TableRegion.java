package io.juesuan.importer.table;

import io.juesuan.core.money.AmountUnit;
import io.juesuan.importer.Line;
import io.juesuan.importer.layout.TableSpec;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The lines of one table in a document: from its title to its notes, with the "本部门当年无…" sentence
 * printed with it, the year in its title, the department named in its header and the unit the
 * header states (金额单位：万元 or 元).
 */
public record TableRegion(
    TableSpec spec,
    String title,
    int firstLine,
    int endLine,
    List<Line> body,
    Optional<String> emptyStatement,
    Optional<Integer> titleYear,
    Optional<String> department,
    Optional<AmountUnit> unit) {
  public TableRegion {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(title, "title");
    body = List.copyOf(body);
    Objects.requireNonNull(emptyStatement, "emptyStatement");
    Objects.requireNonNull(titleYear, "titleYear");
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(unit, "unit");
  }
}
