package io.juesuan.core.edition;

import java.util.Objects;
import java.util.Optional;

/**
 * 版本 — what an edition's {@code edition.properties} says: its id ("shanghai-2024"), Chinese name,
 * the region it serves ("上海市"; empty for the national format every region may use), the fiscal
 * year, and the base edition it changes.
 */
public record EditionInfo(
    String id, String name, String region, int fiscalYear, Optional<String> base, String note) {
  public EditionInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(note, "note");
    if (!id.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException("版本编号只能由小写字母、数字和连字符组成: " + id);
    }
    if (fiscalYear < 2000 || fiscalYear > 2100) {
      throw new IllegalArgumentException("版本年度不合理: " + fiscalYear);
    }
  }

  /** Whether the edition serves a department of {@code region} ("上海市普陀区" is served by "上海市"). */
  public boolean serves(String departmentRegion) {
    return region.isEmpty() || departmentRegion.replace(" ", "").startsWith(region);
  }

  /** "上海市 2024年度（shanghai-2024）". */
  public String label() {
    return name + "（" + id + "）";
  }
}
