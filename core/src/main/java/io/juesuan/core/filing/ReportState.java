package io.juesuan.core.filing;

import java.util.EnumSet;
import java.util.Set;

/**
 * 报告状态 — where a department-year is in filing, review and publication: 填报中 → 待审核 → 已退回 or 已公开 →
 * 已被新版本替代. {@link #canMoveTo} is the one list of allowed transitions.
 */
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

  /** The states a report in this state may move to. */
  public Set<ReportState> next() {
    return switch (this) {
      case DRAFT, RETURNED -> EnumSet.of(SUBMITTED);
      case SUBMITTED -> EnumSet.of(RETURNED, PUBLISHED);
      case PUBLISHED -> EnumSet.of(SUPERSEDED);
      case SUPERSEDED -> EnumSet.noneOf(ReportState.class);
    };
  }

  public boolean canMoveTo(ReportState to) {
    return next().contains(to);
  }
}
