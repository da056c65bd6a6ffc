package io.juesuan.web.report;

import io.juesuan.core.money.Amount;
import io.juesuan.core.performance.Goal;
import io.juesuan.core.performance.Indicator;
import io.juesuan.core.performance.Project;
import io.juesuan.core.report.Count;
import io.juesuan.core.report.EconomicItem;
import io.juesuan.core.report.Fact;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.FunctionalItem;
import io.juesuan.core.report.ItemMeasure;
import io.juesuan.core.report.NamedCount;
import io.juesuan.core.report.TextSlot;
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
    Map<String, String> m = new LinkedHashMap<>();
    m.put("dept.name", a.department().name());
    m.put("dept.shortName", a.department().shortName());
    m.put("dept.region", a.department().region());
    m.put("dept.kind", a.department().kind().label());
    m.put("unit", a.unit().label());
    a.explanations().reportDate().ifPresent(d -> m.put("reportDate", d));
    a.evaluation().fillDate().ifPresent(d -> m.put("fillDate", d));
    for (int i = 0; i < a.department().units().size(); i++) {
      var u = a.department().units().get(i);
      m.put("unit." + i, u.name() + "（" + u.kind().label() + (u.headOffice() ? "，本级" : "") + "）");
    }
    for (int i = 0; i < a.department().duties().size(); i++) {
      m.put("duty." + i, a.department().duties().get(i));
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
    for (Fact f : Fact.values()) {
      a.facts().fact(f).ifPresent(v -> m.put("fact." + f.key(), v.plain()));
    }
    for (Count c : Count.values()) {
      a.facts().count(c).ifPresent(v -> m.put("count." + c.key(), String.valueOf(v)));
    }
    List<NamedCount> vehicles = a.facts().vehiclesByUse();
    for (int i = 0; i < vehicles.size(); i++) {
      m.put(
          "vehicle." + i,
          vehicles.get(i).label() + " " + vehicles.get(i).count() + vehicles.get(i).measureWord());
    }
    a.facts().codeNames().forEach((code, name) -> m.put("codeName." + code, name));
    for (TextSlot t : TextSlot.values()) {
      a.explanations().text(t).ifPresent(v -> m.put("text." + t.key(), v));
    }
    a.explanations().categoryUses().forEach((k, v) -> m.put("categoryUse." + k, v));
    a.explanations().itemReasons().forEach((k, v) -> m.put("itemReason." + k, v));
    for (int i = 0; i < a.explanations().keyWorks().size(); i++) {
      var w = a.explanations().keyWorks().get(i);
      m.put("keyWork." + i, w.title() + "｜" + w.content() + "｜" + w.result());
    }
    for (int i = 0; i < a.explanations().glossary().size(); i++) {
      var g = a.explanations().glossary().get(i);
      m.put("glossary." + i, g.term() + "：" + g.definition());
    }
    List<Project> projects = a.evaluation().projects();
    for (int i = 0; i < projects.size(); i++) {
      Project pr = projects.get(i);
      m.put("project." + i, pr.name() + " 预算" + pr.budget().plain() + " 执行" + pr.actual().plain());
    }
    List<Goal> goals = a.evaluation().goals();
    for (int g = 0; g < goals.size(); g++) {
      m.put("goal." + g, goals.get(g).title() + "｜" + goals.get(g).description());
      List<Indicator> inds = goals.get(g).indicators();
      for (int i = 0; i < inds.size(); i++) {
        Indicator ind = inds.get(i);
        m.put(
            "goal." + g + ".indicator." + i,
            ind.level1()
                + "/"
                + ind.level2()
                + "/"
                + ind.name()
                + " 目标"
                + ind.target().text()
                + " 实际"
                + ind.actual().text());
      }
    }
    return m;
  }

  /** The Chinese name of a field for people: "2013601 行政运行 · 一般公共预算财政拨款收入". */
  public static String label(String key, Map<String, String> sheet) {
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
      case "fact" -> {
        return Fact.ofKey(key.substring(5)).map(Fact::label).orElse(key);
      }
      case "count" -> {
        return Count.ofKey(key.substring(6)).map(Count::label).orElse(key);
      }
      case "text" -> {
        return TextSlot.ofKey(key.substring(5)).map(TextSlot::label).orElse(key);
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

  private static final Map<String, String> GENERAL =
      Map.ofEntries(
          Map.entry("dept", "部门"),
          Map.entry("dept.name", "部门名称"),
          Map.entry("dept.shortName", "部门简称"),
          Map.entry("dept.region", "地区"),
          Map.entry("dept.kind", "单位性质"),
          Map.entry("unit", "单位"),
          Map.entry("reportDate", "报告日期"),
          Map.entry("fillDate", "绩效自评填报日期"),
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
