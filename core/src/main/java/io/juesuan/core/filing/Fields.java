package io.juesuan.core.filing;

import io.juesuan.core.filing.Field.Kind;
import io.juesuan.core.filing.Field.Parsed;
import io.juesuan.core.money.Amount;
import io.juesuan.core.report.Count;
import io.juesuan.core.report.Fact;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.TextField;
import io.juesuan.core.report.TextFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of a department-year's single-valued fields — the department's names, the dates, the
 * facts and counts a filer enters outside the tables, and the {@link TextFields text fields} — each
 * once (key, label, kind, group, required, getter, wither). {@link FactSheet} lists them, {@link
 * FactEdits} sets them, forms group them and the trail names them from here. Fields that repeat per
 * code or per row (项, 款, units, projects …) are edited by {@link FactEdits} and {@link RowEdits}.
 */
public final class Fields {
  /** A group of the filing form: its id and Chinese heading. */
  public record Group(String id, String label) {}

  /** A field as a form shows it: key, label with its unit, kind and current value. */
  public record FormField(String key, String label, String kind, String value) {}

  /** A form group with its fields. */
  public record FormGroup(String id, String label, List<FormField> fields) {}

  private static final List<Group> GROUPS =
      List.of(
          new Group("department", "部门"),
          new Group("balances", "结转结余"),
          new Group("priorYear", "上年决算数（用于同比）"),
          new Group("threePublic", "“三公”经费预算、决算与数量"),
          new Group("operatingCosts", "机关运行经费"),
          new Group("procurement", "政府采购"),
          new Group("assets", "国有资产占用"),
          new Group("performance", "绩效自评"),
          new Group("texts", "说明文字"));

  private static final Fields INSTALLED = of(TextFields.installed());

  private final Map<String, Field<?>> byKey;
  private final List<Field<?>> all;

  private Fields(List<Field<?>> fields) {
    Map<String, Field<?>> m = new LinkedHashMap<>();
    fields.forEach(f -> m.put(f.key(), f));
    this.byKey = Collections.unmodifiableMap(m);
    this.all = List.copyOf(m.values());
  }

  public static Fields installed() {
    return INSTALLED;
  }

  /** The registry with these text fields (the installed ones, or a test's). */
  public static Fields of(TextFields texts) {
    List<Field<?>> fields = new ArrayList<>(departmentFields());
    for (Fact f : Fact.values()) {
      fields.add(
          new Field<Amount>(
              "fact." + f.key(),
              f.label(),
              Kind.AMOUNT,
              "",
              groupOf(f.key()),
              false,
              a -> a.facts().fact(f),
              Amount::plain,
              Fields::amount,
              (a, v) -> a.withFacts(a.facts().withFact(f, v))));
    }
    for (Count c : Count.values()) {
      fields.add(
          new Field<Integer>(
              "count." + c.key(),
              c.label(),
              Kind.COUNT,
              c.measureWord(),
              groupOf(c.key()),
              false,
              a -> a.facts().count(c),
              String::valueOf,
              Fields::count,
              (a, v) -> a.withFacts(a.facts().withCount(c, v))));
    }
    for (TextField t : texts.all()) {
      fields.add(
          new Field<String>(
              "text." + t.key(),
              t.label(),
              Kind.TEXT,
              "",
              "texts",
              false,
              a -> a.explanations().text(t.key()),
              s -> s,
              (s, a) -> Parsed.of(s),
              (a, v) -> a.withExplanations(a.explanations().withText(t.key(), v.orElse("")))));
    }
    return new Fields(fields);
  }

  private static List<Field<?>> departmentFields() {
    return List.of(
        line("department.name", "部门名称", true, a -> Optional.of(a.department().name()), null),
        line(
            "department.shortName",
            "部门简称",
            true,
            a -> Optional.of(a.department().shortName()),
            (a, v) -> a.withDepartment(a.department().withShortName(v.orElseThrow()))),
        line(
            "department.region",
            "地区",
            false,
            a -> Optional.of(a.department().region()).filter(s -> !s.isEmpty()),
            (a, v) -> a.withDepartment(a.department().withRegion(v.orElse("")))),
        line(
            "department.kind", "单位性质", true, a -> Optional.of(a.department().kind().label()), null),
        line(
            "reportDate",
            "报告日期",
            false,
            a -> a.explanations().reportDate(),
            (a, v) -> a.withExplanations(a.explanations().withReportDate(v))),
        line(
            "fillDate",
            "绩效自评填报日期",
            false,
            a -> a.evaluation().fillDate(),
            (a, v) -> a.withEvaluation(a.evaluation().withFillDate(v))));
  }

  private static Field<String> line(
      String key,
      String label,
      boolean required,
      java.util.function.Function<FinalAccounts, Optional<String>> getter,
      java.util.function.BiFunction<FinalAccounts, Optional<String>, FinalAccounts> wither) {
    return new Field<>(
        key,
        label,
        Kind.LINE,
        "",
        "department",
        required,
        getter,
        s -> s,
        (s, a) -> Parsed.of(s),
        wither);
  }

  private static Parsed<Amount> amount(String text, FinalAccounts a) {
    return Amount.parse(text, a.unit())
        .map(Parsed::of)
        .orElseGet(() -> Parsed.wrong("金额 \"" + text + "\" 不是数字（最多两位小数）"));
  }

  private static Parsed<Integer> count(String text, FinalAccounts a) {
    return text.matches("\\d{1,7}")
        ? Parsed.of(Integer.parseInt(text))
        : Parsed.wrong("\"" + text + "\" 不是非负整数");
  }

  /** The form group of a fact or count: its key's first segment when that is a group. */
  private static String groupOf(String key) {
    String first = key.substring(0, key.indexOf('.'));
    return GROUPS.stream().anyMatch(g -> g.id().equals(first)) ? first : "performance";
  }

  public List<Field<?>> all() {
    return all;
  }

  public Optional<Field<?>> byKey(String key) {
    return Optional.ofNullable(byKey.get(FieldKeys.canonical(key)));
  }

  public List<Group> groups() {
    return GROUPS;
  }

  /**
   * The editable fields of one group as a form shows them, with their values in {@code sheet}
   * (amounts labelled with the report's unit, counts with their measure word).
   */
  public List<FormField> form(String group, Map<String, String> sheet) {
    List<FormField> out = new ArrayList<>();
    for (Field<?> f : byKey.values()) {
      if (f.group().equals(group) && f.editable()) {
        out.add(
            new FormField(
                f.key(), formLabel(f, sheet), f.kind().form(), sheet.getOrDefault(f.key(), "")));
      }
    }
    return out;
  }

  /** The groups of amounts and counts, as the filing form's 其他数据 section shows them. */
  public List<FormGroup> factGroups(Map<String, String> sheet) {
    List<FormGroup> out = new ArrayList<>();
    for (Group g : GROUPS) {
      if (g.id().equals("department") || g.id().equals("texts")) {
        continue;
      }
      out.add(new FormGroup(g.id(), g.label(), form(g.id(), sheet)));
    }
    return out;
  }

  private static String formLabel(Field<?> f, Map<String, String> sheet) {
    return switch (f.kind()) {
      case AMOUNT -> f.label() + "（" + sheet.getOrDefault("unit", "元") + "）";
      default -> f.unit().isEmpty() ? f.label() : f.label() + "（" + f.unit() + "）";
    };
  }
}
