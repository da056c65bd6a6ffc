package io.juesuan.core.performance;

import java.util.Objects;

/** 绩效指标 — 一级 (产出/效益/满意度), 二级 (数量/质量/时效/成本/社会效益…), 三级 name, 年初目标值 and 实际完成值. */
public record Indicator(
    String level1, String level2, String name, TargetValue target, TargetValue actual) {
  public Indicator {
    Objects.requireNonNull(level1, "level1");
    Objects.requireNonNull(level2, "level2");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(actual, "actual");
  }

  public Judgement judgement() {
    return target.judge(actual);
  }
}
