package io.juesuan.core.publication;

/** Where a department-year stands on the scoreboard (its newest version). */
public enum Stage {
  NOT_STARTED("未填报"),
  DRAFT("填报中"),
  SUBMITTED("待审核"),
  RETURNED("已退回"),
  PUBLISHED("已公开");

  private final String label;

  Stage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
