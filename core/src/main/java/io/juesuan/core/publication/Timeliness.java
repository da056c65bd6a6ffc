package io.juesuan.core.publication;

/** 公开时效 of a department-year against the deadline rule. */
public enum Timeliness {
  NO_APPROVAL("未录入批复日期", false),
  PENDING("未到期", false),
  ON_TIME("按时公开", false),
  LATE("逾期公开", true),
  OVERDUE("逾期未公开", true);

  private final String label;
  private final boolean late;

  Timeliness(String label, boolean late) {
    this.label = label;
    this.late = late;
  }

  public String label() {
    return label;
  }

  /** Published after the deadline, or not published and the deadline has passed. */
  public boolean late() {
    return late;
  }
}
