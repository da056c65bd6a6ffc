package io.juesuan.web.filing;

import io.juesuan.core.filing.FieldKeys;
import io.juesuan.core.report.Count;
import io.juesuan.core.report.Fact;
import io.juesuan.core.report.TextSlot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/** The department-level fields of the filing form, grouped as a finance officer thinks of them. */
final class FormGroups {
  private FormGroups() {}

  record Field(String key, String label, String kind, String value) {}

  record Group(String id, String label, List<Field> fields) {}

  private static final Map<String, String> GROUPS = new LinkedHashMap<>();

  static {
    GROUPS.put("balances", "结转结余");
    GROUPS.put("priorYear", "上年决算数（用于同比）");
    GROUPS.put("threePublic", "“三公”经费预算、决算与数量");
    GROUPS.put("operatingCosts", "机关运行经费");
    GROUPS.put("procurement", "政府采购");
    GROUPS.put("assets", "国有资产占用");
    GROUPS.put("performance", "绩效自评");
  }

  static List<Group> facts(Map<String, String> sheet) {
    Map<String, List<Field>> by = new LinkedHashMap<>();
    GROUPS.keySet().forEach(g -> by.put(g, new ArrayList<>()));
    for (Fact f : Fact.values()) {
      String key = "fact." + f.key();
      by.get(group(f.key()))
          .add(new Field(key, f.label() + "（元）", "amount", sheet.getOrDefault(key, "")));
    }
    for (Count c : Count.values()) {
      String key = "count." + c.key();
      by.get(group(c.key()))
          .add(
              new Field(
                  key,
                  c.label() + "（" + c.measureWord() + "）",
                  "count",
                  sheet.getOrDefault(key, "")));
    }
    List<Group> groups = new ArrayList<>();
    by.forEach((id, fields) -> groups.add(new Group(id, GROUPS.get(id), fields)));
    return groups;
  }

  static List<Field> texts(Map<String, String> sheet) {
    List<Field> fields = new ArrayList<>();
    for (TextSlot t : TextSlot.values()) {
      String key = "text." + t.key();
      fields.add(new Field(key, t.label(), "text", sheet.getOrDefault(key, "")));
    }
    return fields;
  }

  /** The fields of an "添加" form ({@code new.name} → {@code name}). */
  static Map<String, String> newRow(MultiValueMap<String, String> form) {
    Map<String, String> fields = new LinkedHashMap<>();
    form.forEach(
        (k, v) -> {
          if (k.startsWith("new.") && !v.isEmpty()) {
            fields.put(k.substring(4), v.get(0));
          }
        });
    return fields;
  }

  /** The form section a list ("unit", "goal.1.indicator", "project.2") is edited in. */
  static String rowSection(String list) {
    return FieldKeys.rowList(list).map(FieldKeys.RowList::section).orElse("");
  }

  /** The Chinese name of the list a row belongs to, for messages. */
  static String rowListLabel(String list) {
    return FieldKeys.rowList(list).map(FieldKeys.RowList::label).orElse("行");
  }

  /** The editable fields a form sent (field key → first value). */
  static Map<String, String> edits(MultiValueMap<String, String> form) {
    Map<String, String> edits = new LinkedHashMap<>();
    form.forEach(
        (k, v) -> {
          if (FieldKeys.editable(k) && !v.isEmpty()) {
            edits.put(k, v.get(0));
          }
        });
    return edits;
  }

  private static String group(String key) {
    String g = key.substring(0, key.indexOf('.'));
    return GROUPS.containsKey(g) ? g : "performance";
  }
}
