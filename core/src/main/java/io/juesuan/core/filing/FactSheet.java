package io.juesuan.core.filing;

import io.juesuan.core.money.Amount;
import io.juesuan.core.performance.Goal;
import io.juesuan.core.performance.Indicator;
import io.juesuan.core.performance.Project;
import io.juesuan.core.report.EconomicItem;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.FunctionalItem;
import io.juesuan.core.report.ItemMeasure;
import io.juesuan.core.report.NamedCount;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A department-year as a flat, ordered map of field keys to values ({@code
 * item.2013601.income.generalBudget} → {@code 222496.80}). Keys name the fields of the filing forms
 * and of the API; comparing two sheets gives the figure-level audit trail.
 */
public final class FactSheet {
  private FactSheet() {}

  public static Map<String, String> of(FinalAccounts a) {
    return of(a, Fields.installed());
  }

  /**
   * The sheet with the single-valued fields of {@code fields} (the installed registry, or a
   * test's).
   */
  public static Map<String, String> of(FinalAccounts a, Fields fields) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("unit", a.unit().label());
    for (Field<?> f : fields.all()) {
      f.value(a).ifPresent(v -> m.put(f.key(), v));
    }
    for (int i = 0; i < a.department().units().size(); i++) {
      var u = a.department().units().get(i);
      String p = "unit." + (i + 1) + ".";
      m.put(p + "name", u.name());
      m.put(p + "kind", u.kind().label());
      m.put(p + "headOffice", u.headOffice() ? "是" : "否");
    }
    for (int i = 0; i < a.department().duties().size(); i++) {
      m.put("duty." + (i + 1), a.department().duties().get(i));
    }
    for (FunctionalItem item : a.facts().items()) {
      String p = "item." + item.code().value() + ".";
      m.put(p + "name", item.name());
      for (ItemMeasure measure : ItemMeasure.values()) {
        item.entered(measure).ifPresent(v -> m.put(p + measure.key(), v.plain()));
      }
    }
    for (EconomicItem e : a.facts().economicItems()) {
      m.put("economic." + e.code().value() + ".name", e.name());
      m.put("economic." + e.code().value() + ".amount", e.amount().plain());
    }
    List<NamedCount> vehicles = a.facts().vehiclesByUse();
    for (int i = 0; i < vehicles.size(); i++) {
      m.put(
          "vehicle." + i,
          vehicles.get(i).label() + " " + vehicles.get(i).count() + vehicles.get(i).measureWord());
    }
    a.facts().codeNames().forEach((code, name) -> m.put("codeName." + code, name));
    a.explanations().categoryUses().forEach((k, v) -> m.put("categoryUse." + k, v));
    a.explanations().itemReasons().forEach((k, v) -> m.put("itemReason." + k, v));
    for (int i = 0; i < a.explanations().keyWorks().size(); i++) {
      var w = a.explanations().keyWorks().get(i);
      String p = "keyWork." + (i + 1) + ".";
      m.put(p + "title", w.title());
      m.put(p + "content", w.content());
      m.put(p + "result", w.result());
    }
    for (int i = 0; i < a.explanations().glossary().size(); i++) {
      var g = a.explanations().glossary().get(i);
      m.put("glossary." + (i + 1) + ".term", g.term());
      m.put("glossary." + (i + 1) + ".definition", g.definition());
    }
    List<Project> projects = a.evaluation().projects();
    for (int i = 0; i < projects.size(); i++) {
      Project pr = projects.get(i);
      String p = "project." + (i + 1) + ".";
      m.put(p + "name", pr.name());
      m.put(p + "budget", pr.budget().plain());
      m.put(p + "actual", pr.actual().plain());
    }
    List<Goal> goals = a.evaluation().goals();
    for (int g = 0; g < goals.size(); g++) {
      String p = "goal." + (g + 1) + ".";
      m.put(p + "title", goals.get(g).title());
      m.put(p + "description", goals.get(g).description());
      List<Indicator> inds = goals.get(g).indicators();
      for (int i = 0; i < inds.size(); i++) {
        Indicator ind = inds.get(i);
        String q = p + "indicator." + (i + 1) + ".";
        m.put(q + "level1", ind.level1());
        m.put(q + "level2", ind.level2());
        m.put(q + "name", ind.name());
        m.put(q + "target", ind.target().text());
        m.put(q + "actual", ind.actual().text());
      }
    }
    return m;
  }

  /** The Chinese name of a field for people: "2013601 行政运行 · 一般公共预算财政拨款收入". */
  public static String label(String field, Map<String, String> sheet) {
    String key = FieldKeys.canonical(field);
    Optional<Field<?>> registered = Fields.installed().byKey(key);
    if (registered.isPresent()) {
      return registered.get().label();
    }
    String[] parts = key.split("\\.", 3);
    switch (parts[0]) {
      case "item" -> {
        String name = Optional.ofNullable(sheet.get("item." + parts[1] + ".name")).orElse("");
        String measure =
            parts.length > 2
                ? ItemMeasure.ofKey(parts[2]).map(ItemMeasure::label).orElse("项目名称")
                : "";
        return "功能分类 " + parts[1] + " " + name + " · " + measure;
      }
      case "economic" -> {
        String name = Optional.ofNullable(sheet.get("economic." + parts[1] + ".name")).orElse("");
        return "经济分类 " + parts[1] + " " + name + (key.endsWith(".name") ? " · 名称" : " · 基本支出");
      }
      case "unit", "duty", "keyWork", "glossary", "project", "goal" -> {
        if (parts.length > 1 && parts[1].matches("\\d+")) {
          return rowLabel(key, sheet);
        }
        return GENERAL.getOrDefault(key, key);
      }
      default -> {
        if (GENERAL.containsKey(key) || parts.length == 1) {
          return GENERAL.getOrDefault(key, key);
        }
        return GENERAL.getOrDefault(parts[0], parts[0])
            + " "
            + key.substring(parts[0].length() + 1);
      }
    }
  }

  private static final Map<String, String> ROW_FIELDS =
      Map.ofEntries(
          Map.entry("unit.name", "单位名称"),
          Map.entry("unit.kind", "单位性质"),
          Map.entry("unit.headOffice", "是否本级"),
          Map.entry("keyWork.title", "重要事项"),
          Map.entry("keyWork.content", "主要内容"),
          Map.entry("keyWork.result", "完成情况"),
          Map.entry("glossary.term", "名词"),
          Map.entry("glossary.definition", "解释"),
          Map.entry("project.name", "项目名称"),
          Map.entry("project.budget", "预算数"),
          Map.entry("project.actual", "执行数"),
          Map.entry("goal.title", "年度目标"),
          Map.entry("goal.description", "年度绩效目标"),
          Map.entry("indicator.level1", "一级指标"),
          Map.entry("indicator.level2", "二级指标"),
          Map.entry("indicator.name", "三级指标"),
          Map.entry("indicator.target", "年初目标值"),
          Map.entry("indicator.actual", "实际完成值"));

  private static final Map<String, String> LIST_NAMES =
      Map.of(
          "unit", "单位构成",
          "duty", "主要职责",
          "keyWork", "重点工作",
          "glossary", "名词解释",
          "project", "绩效自评项目",
          "goal", "绩效目标",
          "indicator", "指标");

  private static final Map<String, String> ROW_NAME_FIELD =
      Map.of(
          "unit", "name",
          "keyWork", "title",
          "glossary", "term",
          "project", "name",
          "goal", "title",
          "indicator", "name");

  /**
   * "project.2.budget" → "绩效自评项目 第2行「机要保密专项经费」· 预算数"; "goal.1.indicator.3.target" → "绩效目标 第1行 · 指标
   * 第3行「…」· 年初目标值".
   */
  private static String rowLabel(String key, Map<String, String> sheet) {
    String[] p = key.split("\\.");
    StringBuilder out = new StringBuilder();
    String row = "";
    int i = 0;
    while (i + 1 < p.length && p[i + 1].matches("\\d+")) {
      String list = p[i];
      row = row.isEmpty() ? list + "." + p[i + 1] : row + "." + list + "." + p[i + 1];
      if (out.length() > 0) {
        out.append(" · ");
      }
      out.append(LIST_NAMES.getOrDefault(list, list))
          .append(" 第")
          .append(p[i + 1])
          .append(list.equals("duty") ? "条" : "行");
      String nameField = ROW_NAME_FIELD.get(list);
      String name = nameField == null ? null : sheet.get(row + "." + nameField);
      boolean last = !(i + 3 < p.length && p[i + 3].matches("\\d+"));
      if (name != null && !name.isBlank() && last) {
        out.append(" ").append(name.length() > 30 ? name.substring(0, 30) + "…" : name);
      }
      i += 2;
    }
    if (i < p.length) {
      String list = p[i - 2];
      String field = String.join(".", java.util.Arrays.copyOfRange(p, i, p.length));
      out.append(" · ").append(ROW_FIELDS.getOrDefault(list + "." + field, field));
    }
    return out.toString();
  }

  private static final Map<String, String> GENERAL =
      Map.ofEntries(
          Map.entry("department", "部门"),
          Map.entry("unit", "单位"),
          Map.entry("duty", "主要职责"),
          Map.entry("vehicle", "车辆（按用途）"),
          Map.entry("codeName", "科目名称"),
          Map.entry("categoryUse", "类级支出主要用途"),
          Map.entry("itemReason", "项级完成率差异原因"),
          Map.entry("keyWork", "重点工作"),
          Map.entry("glossary", "名词解释"),
          Map.entry("project", "绩效自评项目"),
          Map.entry("goal", "绩效目标"));

  /** Formats an amount for the sheet. */
  static String plain(Amount a) {
    return a.plain();
  }
}
