package io.juesuan.core.classification;

import java.util.Optional;

/** 科目级次 — 类 / 款 / 项 of a classification code, told by the code's length. */
public enum ClassificationLevel {
  /** 类: 3 digits (201, 301). */
  CATEGORY("类", 3),
  /** 款: 5 digits (20136, 30101). */
  SECTION("款", 5),
  /** 项: 7 digits (2013601); only the 功能分类 has them. */
  ITEM("项", 7);

  private final String label;
  private final int length;

  ClassificationLevel(String label, int length) {
    this.label = label;
    this.length = length;
  }

  public String label() {
    return label;
  }

  public int length() {
    return length;
  }

  public static Optional<ClassificationLevel> ofLength(int length) {
    for (ClassificationLevel level : values()) {
      if (level.length == length) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }

  public static Optional<ClassificationLevel> ofLabel(String label) {
    for (ClassificationLevel level : values()) {
      if (level.label.equals(label.trim())) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }
}
