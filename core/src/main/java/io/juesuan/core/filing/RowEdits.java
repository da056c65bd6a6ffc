package io.juesuan.core.filing;

import io.juesuan.core.money.Amount;
import io.juesuan.core.money.AmountUnit;
import io.juesuan.core.performance.Goal;
import io.juesuan.core.performance.Indicator;
import io.juesuan.core.performance.Project;
import io.juesuan.core.performance.TargetValue;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.GlossaryTerm;
import io.juesuan.core.report.KeyWork;
import io.juesuan.core.report.Unit;
import io.juesuan.core.report.UnitKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The list-shaped facts of a department-year a filer edits row by row: 单位构成, 主要职责, 重点工作, 名词解释,
 * 绩效自评项目 and 绩效目标 with their indicators. Rows are numbered from 1 in the field keys of {@link
 * FactSheet} ({@code unit.1.name}, {@code project.2.budget}, {@code goal.1.indicator.3.target}).
 */
public final class RowEdits {
  /** The lists rows can be added to; {@code goal.N.indicator} adds an indicator to goal N. */
  public static final Set<String> LISTS =
      Set.of("unit", "duty", "keyWork", "glossary", "project", "goal");

  private static final Map<String, List<String>> REQUIRED =
      Map.of(
          "unit", List.of("name", "kind", "headOffice"),
          "duty", List.of(""),
          "keyWork", List.of("title"),
          "glossary", List.of("term", "definition"),
          "project", List.of("name", "budget", "actual"),
          "goal", List.of("title"),
          "indicator", List.of("level1", "level2", "name", "target"));

  private final AmountUnit amountUnit;
  private final List<Unit> units;
  private final List<String> duties;
  private final List<KeyWork> keyWorks;
  private final List<GlossaryTerm> glossary;
  private final List<Project> projects;
  private final List<Goal> goals;

  RowEdits(FinalAccounts a) {
    amountUnit = a.unit();
    units = new ArrayList<>(a.department().units());
    duties = new ArrayList<>(a.department().duties());
    keyWorks = new ArrayList<>(a.explanations().keyWorks());
    glossary = new ArrayList<>(a.explanations().glossary());
    projects = new ArrayList<>(a.evaluation().projects());
    goals = new ArrayList<>(a.evaluation().goals());
  }

  /** Adds a row to a list, with the fields typed into the "添加" form (field name → text). */
  public static FinalAccounts add(FinalAccounts a, String list, Map<String, String> fields) {
    RowEdits rows = new RowEdits(a);
    String row;
    String kind;
    if (list.matches("goal\\.\\d+\\.indicator")) {
      int g = rows.index(rows.goals, list.split("\\.")[1], list);
      Goal goal = rows.goals.get(g);
      List<Indicator> inds = new ArrayList<>(goal.indicators());
      inds.add(new Indicator("", "", "", TargetValue.parse(""), TargetValue.parse("")));
      rows.goals.set(g, new Goal(goal.title(), goal.description(), inds));
      row = list + "." + inds.size();
      kind = "indicator";
    } else {
      row = list + "." + rows.appendBlank(list);
      kind = list;
    }
    Map<String, String> edits = new LinkedHashMap<>();
    for (String field : REQUIRED.get(kind)) {
      edits.put(field.isEmpty() ? row : row + "." + field, "");
    }
    fields.forEach(
        (field, value) -> {
          boolean whole = field.isEmpty() || (kind.equals("duty") && field.equals("text"));
          edits.put(whole ? row : row + "." + field, value);
        });
    return FactEdits.apply(rows.applyTo(a), edits);
  }

  /** Deletes a row ("project.2", "goal.1.indicator.3"); the rows after it move up. */
  public static FinalAccounts remove(FinalAccounts a, String row) {
    RowEdits rows = new RowEdits(a);
    String[] p = row.split("\\.");
    if (p.length == 4 && p[0].equals("goal") && p[2].equals("indicator")) {
      int g = rows.index(rows.goals, p[1], row);
      Goal goal = rows.goals.get(g);
      List<Indicator> inds = new ArrayList<>(goal.indicators());
      inds.remove(rows.index(inds, p[3], row));
      rows.goals.set(g, new Goal(goal.title(), goal.description(), inds));
      return rows.applyTo(a);
    }
    if (p.length != 2 || !LISTS.contains(p[0])) {
      throw new InvalidEditException("「" + row + "」不是可删除的行");
    }
    List<?> list = rows.list(p[0]);
    list.remove(rows.index(list, p[1], row));
    return rows.applyTo(a);
  }

  /** Sets one field of an existing row; a problem is collected instead of applied. */
  void set(String key, String value, String label, List<String> problems) {
    String[] p = key.split("\\.");
    try {
      switch (p[0]) {
        case "duty" -> setDuty(p, key, value, label, problems);
        case "unit" -> setUnit(p, key, value, label, problems);
        case "keyWork" -> setKeyWork(p, key, value, label, problems);
        case "glossary" -> setGlossary(p, key, value, label, problems);
        case "project" -> setProject(p, key, value, label, problems);
        case "goal" -> setGoal(p, key, value, label, problems);
        default -> throw new IllegalArgumentException(key);
      }
    } catch (IllegalArgumentException e) {
      problems.add("「" + key + "」不是可编辑的字段");
    } catch (InvalidEditException e) {
      problems.addAll(e.problems());
    }
  }

  private void setDuty(String[] p, String key, String value, String label, List<String> problems) {
    expect(p.length == 2, key);
    int i = index(duties, p[1], key);
    if (required(value, label, problems)) {
      duties.set(i, value);
    }
  }

  private void setUnit(String[] p, String key, String value, String label, List<String> problems) {
    expect(p.length == 3, key);
    int i = index(units, p[1], key);
    Unit u = units.get(i);
    switch (p[2]) {
      case "name" -> {
        if (required(value, label, problems)) {
          units.set(i, new Unit(value, u.kind(), u.headOffice()));
        }
      }
      case "kind" -> {
        Optional<UnitKind> kind = UnitKind.parse(value);
        if (kind.isEmpty()) {
          problems.add("「" + label + "」：\"" + value + "\" 不是单位性质（行政单位、参照公务员法管理事业单位、事业单位、其他）");
        } else {
          units.set(i, new Unit(u.name(), kind.get(), u.headOffice()));
        }
      }
      case "headOffice" -> {
        if (!Set.of("是", "否", "true", "false").contains(value)) {
          problems.add("「" + label + "」请选择“是”或“否”");
        } else {
          boolean head = value.equals("是") || value.equals("true");
          units.set(i, new Unit(u.name(), u.kind(), head));
        }
      }
      default -> throw new IllegalArgumentException(key);
    }
  }

  private void setKeyWork(
      String[] p, String key, String value, String label, List<String> problems) {
    expect(p.length == 3, key);
    int i = index(keyWorks, p[1], key);
    KeyWork w = keyWorks.get(i);
    switch (p[2]) {
      case "title" -> {
        if (required(value, label, problems)) {
          keyWorks.set(i, new KeyWork(value, w.content(), w.result()));
        }
      }
      case "content" -> keyWorks.set(i, new KeyWork(w.title(), value, w.result()));
      case "result" -> keyWorks.set(i, new KeyWork(w.title(), w.content(), value));
      default -> throw new IllegalArgumentException(key);
    }
  }

  private void setGlossary(
      String[] p, String key, String value, String label, List<String> problems) {
    expect(p.length == 3, key);
    int i = index(glossary, p[1], key);
    GlossaryTerm t = glossary.get(i);
    if (!required(value, label, problems)) {
      return;
    }
    switch (p[2]) {
      case "term" -> glossary.set(i, new GlossaryTerm(value, t.definition()));
      case "definition" -> glossary.set(i, new GlossaryTerm(t.term(), value));
      default -> throw new IllegalArgumentException(key);
    }
  }

  private void setProject(
      String[] p, String key, String value, String label, List<String> problems) {
    expect(p.length == 3, key);
    int i = index(projects, p[1], key);
    Project pr = projects.get(i);
    switch (p[2]) {
      case "name" -> {
        if (required(value, label, problems)) {
          projects.set(i, new Project(value, pr.budget(), pr.actual()));
        }
      }
      case "budget" ->
          projects.set(i, new Project(pr.name(), amount(value, label, problems), pr.actual()));
      case "actual" ->
          projects.set(i, new Project(pr.name(), pr.budget(), amount(value, label, problems)));
      default -> throw new IllegalArgumentException(key);
    }
  }

  private void setGoal(String[] p, String key, String value, String label, List<String> problems) {
    expect(p.length == 3 || (p.length == 5 && p[2].equals("indicator")), key);
    int g = index(goals, p[1], key);
    Goal goal = goals.get(g);
    if (p.length == 3) {
      switch (p[2]) {
        case "title" -> {
          if (required(value, label, problems)) {
            goals.set(g, new Goal(value, goal.description(), goal.indicators()));
          }
        }
        case "description" -> goals.set(g, new Goal(goal.title(), value, goal.indicators()));
        default -> throw new IllegalArgumentException(key);
      }
      return;
    }
    List<Indicator> inds = new ArrayList<>(goal.indicators());
    int i = index(inds, p[3], key);
    Indicator d = inds.get(i);
    if (!p[4].equals("actual") && !required(value, label, problems)) {
      return;
    }
    Indicator changed =
        switch (p[4]) {
          case "level1" -> new Indicator(value, d.level2(), d.name(), d.target(), d.actual());
          case "level2" -> new Indicator(d.level1(), value, d.name(), d.target(), d.actual());
          case "name" -> new Indicator(d.level1(), d.level2(), value, d.target(), d.actual());
          case "target" ->
              new Indicator(d.level1(), d.level2(), d.name(), TargetValue.parse(value), d.actual());
          case "actual" ->
              new Indicator(d.level1(), d.level2(), d.name(), d.target(), TargetValue.parse(value));
          default -> throw new IllegalArgumentException(key);
        };
    inds.set(i, changed);
    goals.set(g, new Goal(goal.title(), goal.description(), inds));
  }

  /** The department, explanations and evaluation with the edited lists. */
  FinalAccounts applyTo(FinalAccounts a) {
    return a.withDepartment(a.department().withUnits(units).withDuties(duties))
        .withExplanations(a.explanations().withKeyWorks(keyWorks).withGlossary(glossary))
        .withEvaluation(a.evaluation().withProjects(projects).withGoals(goals));
  }

  /** Whether a field key names a field of a row ("unit.1.name", "goal.2.indicator.1.target"). */
  static boolean handles(String key) {
    int dot = key.indexOf('.');
    return dot > 0 && LISTS.contains(key.substring(0, dot));
  }

  private int appendBlank(String list) {
    Amount zero = Amount.zero(amountUnit);
    switch (list) {
      case "unit" -> units.add(new Unit("", UnitKind.ADMINISTRATIVE, false));
      case "duty" -> duties.add("");
      case "keyWork" -> keyWorks.add(new KeyWork("", "", ""));
      case "glossary" -> glossary.add(new GlossaryTerm("", ""));
      case "project" -> projects.add(new Project("", zero, zero));
      case "goal" -> goals.add(new Goal("", "", List.of()));
      default -> throw new InvalidEditException("「" + list + "」不是可添加行的列表");
    }
    return list(list).size();
  }

  private List<?> list(String name) {
    return switch (name) {
      case "unit" -> units;
      case "duty" -> duties;
      case "keyWork" -> keyWorks;
      case "glossary" -> glossary;
      case "project" -> projects;
      case "goal" -> goals;
      default -> throw new InvalidEditException("「" + name + "」不是可编辑的列表");
    };
  }

  /** The 0-based index of row {@code number} (1-based), or a problem naming the field. */
  private int index(List<?> list, String number, String key) {
    if (!number.matches("\\d{1,4}")) {
      throw new IllegalArgumentException(key);
    }
    int n = Integer.parseInt(number);
    if (n < 1 || n > list.size()) {
      throw new InvalidEditException("「" + key + "」：本报告没有第 " + number + " 行");
    }
    return n - 1;
  }

  private static void expect(boolean ok, String key) {
    if (!ok) {
      throw new IllegalArgumentException(key);
    }
  }

  private static boolean required(String value, String label, List<String> problems) {
    if (value.isEmpty()) {
      problems.add("「" + label + "」不能为空");
      return false;
    }
    return true;
  }

  private Amount amount(String text, String label, List<String> problems) {
    if (text.isEmpty()) {
      return Amount.zero(amountUnit);
    }
    Optional<Amount> parsed = Amount.parse(text, amountUnit);
    if (parsed.isEmpty()) {
      problems.add("「" + label + "」：金额 \"" + text + "\" 不是数字（最多两位小数）");
      return Amount.zero(amountUnit);
    }
    return parsed.get();
  }
}
