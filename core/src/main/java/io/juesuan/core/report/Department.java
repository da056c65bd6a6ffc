package io.juesuan.core.report;

import java.util.List;
import java.util.Objects;

/**
 * 部门 — the budget department that publishes, with its units (本级 + 下属单位) and its 主要职责.
 *
 * @param name full name as printed ("中国共产党武汉市蔡甸区委员会办公室")
 * @param shortName the name the narrative uses ("区委办公室"); equals name when none given
 * @param region 地区 ("湖北省武汉市蔡甸区"), may be empty
 */
public record Department(
    String name,
    String shortName,
    String region,
    UnitKind kind,
    List<Unit> units,
    List<String> duties) {
  public Department {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(shortName, "shortName");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(kind, "kind");
    units = List.copyOf(units);
    duties = List.copyOf(duties);
  }

  /** 下属单位 (all units but 本级). */
  public List<Unit> subordinateUnits() {
    return units.stream().filter(u -> !u.headOffice()).toList();
  }

  public Department withShortName(String shortName) {
    return new Department(name, shortName, region, kind, units, duties);
  }

  public Department withRegion(String region) {
    return new Department(name, shortName, region, kind, units, duties);
  }

  public Department withUnits(List<Unit> units) {
    return new Department(name, shortName, region, kind, units, duties);
  }

  public Department withDuties(List<String> duties) {
    return new Department(name, shortName, region, kind, units, duties);
  }
}
