package io.juesuan.core.report;

import java.util.Optional;

/** 单位性质 — decides, among others, whether 机关运行经费 is reported. */
public enum UnitKind {
  ADMINISTRATIVE("行政单位", true),
  CIVIL_SERVICE_INSTITUTION("参照公务员法管理事业单位", true),
  INSTITUTION("事业单位", false),
  OTHER("其他", false);

  private final String label;
  private final boolean reportsOperatingCosts;

  UnitKind(String label, boolean reportsOperatingCosts) {
    this.label = label;
    this.reportsOperatingCosts = reportsOperatingCosts;
  }

  public String label() {
    return label;
  }

  /** 行政单位 and 参公事业单位 report 机关运行经费 (= 06表 公用经费合计). */
  public boolean reportsOperatingCosts() {
    return reportsOperatingCosts;
  }

  public static Optional<UnitKind> parse(String text) {
    String t = text.trim();
    for (UnitKind k : values()) {
      if (k.label.equals(t) || k.name().equalsIgnoreCase(t)) {
        return Optional.of(k);
      }
    }
    if (t.equals("参公事业单位") || t.equals("参公单位")) {
      return Optional.of(CIVIL_SERVICE_INSTITUTION);
    }
    return Optional.empty();
  }
}
