package io.juesuan.core.report;

import java.util.Objects;

/** 单位 — 本级 or a 下属单位 included in the department's final accounts. */
public record Unit(String name, UnitKind kind, boolean headOffice) {
  public Unit {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }
}
