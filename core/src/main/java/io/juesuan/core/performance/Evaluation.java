package io.juesuan.core.performance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 部门整体绩效自评: the projects of 项目支出 with budget and execution, and the 年度目标 with their indicators.
 * Budgets of 人员经费/公用经费 are department facts; executions are derived from 06表.
 */
public record Evaluation(Optional<String> fillDate, List<Project> projects, List<Goal> goals) {
  public Evaluation {
    Objects.requireNonNull(fillDate, "fillDate");
    projects = List.copyOf(projects);
    goals = List.copyOf(goals);
  }

  public static Evaluation empty() {
    return new Evaluation(Optional.empty(), List.of(), List.of());
  }

  public Evaluation withFillDate(Optional<String> fillDate) {
    return new Evaluation(fillDate, projects, goals);
  }

  public Evaluation withProjects(List<Project> projects) {
    return new Evaluation(fillDate, projects, goals);
  }

  public Evaluation withGoals(List<Goal> goals) {
    return new Evaluation(fillDate, projects, goals);
  }
}
