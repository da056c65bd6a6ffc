package io.juesuan.core.money;

/** 金额单位 — the unit, and so the precision, an amount was given in. */
public enum AmountUnit {
  /** 元, to the 分: figures from a finance system. Exact: no tolerance. */
  YUAN("元"),
  /** 万元 with two decimals: figures as published. Each was rounded on its own. */
  WAN_YUAN("万元");

  private final String label;

  AmountUnit(String label) {
    this.label = label;
  }

  /** The Chinese label printed after a figure, e.g. "万元". */
  public String label() {
    return label;
  }

  /** Parses "元" / "万元" (also "yuan" / "wan-yuan"). */
  public static java.util.Optional<AmountUnit> parse(String text) {
    String t = text.trim();
    for (AmountUnit unit : values()) {
      if (unit.label.equals(t) || unit.name().equalsIgnoreCase(t.replace('-', '_'))) {
        return java.util.Optional.of(unit);
      }
    }
    return java.util.Optional.empty();
  }
}
