package io.juesuan.persistence;

/** 报告状态 — where a department-year is in filing, review and publication. */
public enum ReportState {
  /** 填报中. */
  DRAFT("填报中"),
  /** 已报送，待审核. */
  SUBMITTED("待审核"),
  /** 已退回修改. */
  RETURNED("已退回"),
  /** 已公开 (frozen: a change needs a new version). */
  PUBLISHED("已公开"),
  /** 已被新版本替代 (still public in the version history). */
  SUPERSEDED("已被新版本替代");

  private final String label;

  ReportState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether a filer may change the figures. */
  public boolean editable() {
    return this == DRAFT || this == RETURNED;
  }

  /** Whether anonymous readers may see it. */
  public boolean publicVisible() {
    return this == PUBLISHED || this == SUPERSEDED;
  }
}
