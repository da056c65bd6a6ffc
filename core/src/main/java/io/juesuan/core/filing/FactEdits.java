package io.juesuan.core.filing;

import io.juesuan.core.classification.Catalog;
import io.juesuan.core.classification.EconomicCode;
import io.juesuan.core.classification.FunctionCode;
import io.juesuan.core.money.Amount;
import io.juesuan.core.money.AmountUnit;
import io.juesuan.core.report.Count;
import io.juesuan.core.report.Department;
import io.juesuan.core.report.EconomicItem;
import io.juesuan.core.report.Explanations;
import io.juesuan.core.report.Fact;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.FunctionalItem;
import io.juesuan.core.report.ItemMeasure;
import io.juesuan.core.report.LeafFacts;
import io.juesuan.core.report.TextSlot;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Applies what a filer typed into the forms (field key → text) to a department-year. A blank amount
 * means "not entered". Every unparsable value is collected, and nothing is applied unless all are
 * valid.
 */
public final class FactEdits {
  private static final int MAX_TEXT = 5000;

  private FactEdits() {}

  public static FinalAccounts apply(FinalAccounts a, Map<String, String> edits) {
    AmountUnit unit = a.unit();
    List<String> problems = new ArrayList<>();
    Map<String, String> sheet = FactSheet.of(a);
    TreeMap<FunctionCode, FunctionalItem> items = new TreeMap<>();
    a.facts().items().forEach(i -> items.put(i.code(), i));
    TreeMap<EconomicCode, EconomicItem> economic = new TreeMap<>();
    a.facts().economicItems().forEach(e -> economic.put(e.code(), e));
    Map<Fact, Amount> facts = new EnumMap<>(Fact.class);
    facts.putAll(a.facts().facts());
    Map<Count, Integer> counts = new EnumMap<>(Count.class);
    counts.putAll(a.facts().counts());
    Map<TextSlot, String> texts = new EnumMap<>(TextSlot.class);
    texts.putAll(a.explanations().texts());
    Map<String, String> uses = new LinkedHashMap<>(a.explanations().categoryUses());
    Map<String, String> reasons = new LinkedHashMap<>(a.explanations().itemReasons());
    Department dept = a.department();
    Optional<String> reportDate = a.explanations().reportDate();
    RowEdits rows = new RowEdits(a);

    for (Map.Entry<String, String> e : edits.entrySet()) {
      String key = FieldKeys.canonical(e.getKey());
      String value = e.getValue() == null ? "" : e.getValue().trim();
      String label = FactSheet.label(key, sheet);
      if (value.length() > MAX_TEXT) {
        problems.add("「" + label + "」超过 " + MAX_TEXT + " 字");
        continue;
      }
      String[] parts = key.split("\\.", 3);
      try {
        switch (parts[0]) {
          case "item" -> {
            FunctionCode code = FunctionCode.of(parts[1]);
            FunctionalItem item = items.get(code);
            if (item == null || parts.length < 3) {
              problems.add("「" + key + "」：本报告没有该功能分类项");
              continue;
            }
            if (parts[2].equals("name")) {
              if (value.isEmpty()) {
                problems.add("「" + label + "」不能为空");
              } else {
                items.put(code, new FunctionalItem(code, value, item.amounts(), unit));
              }
              continue;
            }
            ItemMeasure measure =
                ItemMeasure.ofKey(parts[2]).orElseThrow(() -> new IllegalArgumentException("未知字段"));
            Map<ItemMeasure, Amount> amounts = new EnumMap<>(ItemMeasure.class);
            amounts.putAll(item.amounts());
            if (value.isEmpty()) {
              amounts.remove(measure);
            } else {
              amounts.put(measure, amount(value, unit, label, problems));
            }
            items.put(code, new FunctionalItem(code, item.name(), amounts, unit));
          }
          case "economic" -> {
            EconomicCode code = EconomicCode.of(parts[1]);
            EconomicItem item = economic.get(code);
            if (item == null || parts.length < 3 || !parts[2].equals("amount")) {
              problems.add("「" + key + "」：本报告没有该经济分类款");
              continue;
            }
            economic.put(
                code,
                new EconomicItem(
                    code,
                    item.name(),
                    value.isEmpty() ? Amount.zero(unit) : amount(value, unit, label, problems)));
          }
          case "fact" -> {
            Fact fact =
                Fact.ofKey(key.substring(5))
                    .orElseThrow(() -> new IllegalArgumentException("未知字段"));
            if (value.isEmpty()) {
              facts.remove(fact);
            } else {
              facts.put(fact, amount(value, unit, label, problems));
            }
          }
          case "count" -> {
            Count count =
                Count.ofKey(key.substring(6))
                    .orElseThrow(() -> new IllegalArgumentException("未知字段"));
            if (value.isEmpty()) {
              counts.remove(count);
            } else if (!value.matches("\\d{1,7}")) {
              problems.add("「" + label + "」：\"" + value + "\" 不是非负整数");
            } else {
              counts.put(count, Integer.parseInt(value));
            }
          }
          case "text" -> {
            TextSlot slot =
                TextSlot.ofKey(key.substring(5))
                    .orElseThrow(() -> new IllegalArgumentException("未知字段"));
            texts.put(slot, value);
          }
          case "categoryUse" -> uses.put(parts[1], value);
          case "itemReason" -> reasons.put(parts[1], value);
          case "reportDate" -> reportDate = value.isEmpty() ? Optional.empty() : Optional.of(value);
          case "department" -> dept = department(dept, key, value, label, problems);
          case "unit", "duty", "keyWork", "glossary", "project", "goal" ->
              rows.set(key, value, label, problems);
          default -> problems.add("「" + key + "」不是可编辑的字段");
        }
      } catch (IllegalArgumentException ex) {
        problems.add("「" + key + "」不是可编辑的字段");
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidEditException(problems);
    }
    texts.values().removeIf(String::isBlank);
    uses.values().removeIf(String::isBlank);
    reasons.values().removeIf(String::isBlank);
    LeafFacts leaf =
        new LeafFacts(
            unit,
            List.copyOf(items.values()),
            List.copyOf(economic.values()),
            facts,
            counts,
            a.facts().vehiclesByUse(),
            a.facts().codeNames());
    Explanations x = a.explanations();
    Explanations explanations =
        new Explanations(texts, uses, reasons, x.keyWorks(), x.glossary(), reportDate);
    return rows.applyTo(
        new FinalAccounts(a.fiscalYear(), dept, leaf, explanations, a.evaluation()));
  }

  private static Department department(
      Department d, String key, String value, String label, List<String> problems) {
    if (value.isEmpty() && !key.equals("department.region")) {
      problems.add("「" + label + "」不能为空");
      return d;
    }
    return switch (key) {
      case "department.shortName" ->
          new Department(d.name(), value, d.region(), d.kind(), d.units(), d.duties());
      case "department.region" ->
          new Department(d.name(), d.shortName(), value, d.kind(), d.units(), d.duties());
      default -> {
        problems.add("「" + label + "」不可在此修改");
        yield d;
      }
    };
  }

  private static Amount amount(String text, AmountUnit unit, String label, List<String> problems) {
    Optional<Amount> parsed = Amount.parse(text, unit);
    if (parsed.isEmpty()) {
      problems.add("「" + label + "」：金额 \"" + text + "\" 不是数字（最多两位小数）");
      return Amount.zero(unit);
    }
    return parsed.get();
  }

  /** Adds a 功能分类 项 (7 digits) chosen from the catalog. */
  public static FinalAccounts addItem(FinalAccounts a, String codeText) {
    Catalog catalog = io.juesuan.core.edition.Editions.installed().forAccounts(a).catalog();
    if (!FunctionCode.isValid(codeText) || codeText.length() != 7) {
      throw new InvalidEditException("请从目录中选择7位的功能分类项级科目，\"" + codeText + "\" 不是项级编码");
    }
    FunctionCode code = FunctionCode.of(codeText);
    if (a.facts().items().stream().anyMatch(i -> i.code().equals(code))) {
      throw new InvalidEditException("功能分类项 " + codeText + " 已在本报告中");
    }
    String name =
        catalog
            .functionName(code)
            .orElseThrow(() -> new InvalidEditException("目录中没有功能分类项 " + codeText));
    List<FunctionalItem> items = new ArrayList<>(a.facts().items());
    items.add(new FunctionalItem(code, name, Map.of(), a.unit()));
    items.sort((x, y) -> x.code().compareTo(y.code()));
    return withItems(a, items, a.facts().economicItems());
  }

  public static FinalAccounts removeItem(FinalAccounts a, String code) {
    List<FunctionalItem> items =
        a.facts().items().stream().filter(i -> !i.code().value().equals(code)).toList();
    return withItems(a, items, a.facts().economicItems());
  }

  /** Adds a 经济分类 款 (5 digits) chosen from the catalog, with amount zero. */
  public static FinalAccounts addEconomic(FinalAccounts a, String codeText) {
    Catalog catalog = io.juesuan.core.edition.Editions.installed().forAccounts(a).catalog();
    if (!EconomicCode.isValid(codeText) || codeText.length() != 5) {
      throw new InvalidEditException("请从目录中选择5位的经济分类款级科目，\"" + codeText + "\" 不是款级编码");
    }
    EconomicCode code = EconomicCode.of(codeText);
    if (a.facts().economicItems().stream().anyMatch(i -> i.code().equals(code))) {
      throw new InvalidEditException("经济分类款 " + codeText + " 已在本报告中");
    }
    String name =
        catalog
            .economicName(code)
            .orElseThrow(() -> new InvalidEditException("目录中没有经济分类款 " + codeText));
    List<EconomicItem> list = new ArrayList<>(a.facts().economicItems());
    list.add(new EconomicItem(code, name, Amount.zero(a.unit())));
    list.sort((x, y) -> x.code().compareTo(y.code()));
    return withItems(a, a.facts().items(), list);
  }

  public static FinalAccounts removeEconomic(FinalAccounts a, String code) {
    return withItems(
        a,
        a.facts().items(),
        a.facts().economicItems().stream().filter(i -> !i.code().value().equals(code)).toList());
  }

  private static FinalAccounts withItems(
      FinalAccounts a, List<FunctionalItem> items, List<EconomicItem> economic) {
    LeafFacts f = a.facts();
    LeafFacts leaf =
        new LeafFacts(
            f.unit(), items, economic, f.facts(), f.counts(), f.vehiclesByUse(), f.codeNames());
    return new FinalAccounts(
        a.fiscalYear(), a.department(), leaf, a.explanations(), a.evaluation());
  }
}
