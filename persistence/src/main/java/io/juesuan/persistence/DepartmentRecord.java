package io.juesuan.persistence;

import io.juesuan.core.report.UnitKind;
import java.util.Objects;

/** A 部门 registered in the system (filers belong to one). */
public record DepartmentRecord(
    long id, String name, String shortName, String region, UnitKind kind) {
  public DepartmentRecord {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(shortName, "shortName");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(kind, "kind");
  }
}
