package io.juesuan.core.filing;

import io.juesuan.core.classification.Catalog;
import io.juesuan.core.classification.EconomicCode;
import io.juesuan.core.classification.FunctionCode;
import io.juesuan.core.money.Amount;
import io.juesuan.core.money.AmountUnit;
import io.juesuan.core.report.EconomicItem;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.FunctionalItem;
import io.juesuan.core.report.ItemMeasure;
import io.juesuan.core.report.LeafFacts;
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
    return apply(a, edits, Fields.installed());
  }

  /** As {@link #apply(FinalAccounts, Map)} with the single-valued fields of {@code fields}. */
  public static FinalAccounts apply(FinalAccounts a, Map<String, String> edits, Fields fields) {
    List<String> problems = new ArrayList<>();
    Map<String, String> sheet = FactSheet.of(a, fields);
    PerCode perCode = new PerCode(a);
    RowEdits rows = new RowEdits(a);
    FinalAccounts edited = a;
    for (Map.Entry<String, String> e : edits.entrySet()) {
      String key = FieldKeys.canonical(e.getKey());
      String value = e.getValue() == null ? "" : e.getValue().trim();
      String label = FactSheet.label(key, sheet);
      if (value.length() > MAX_TEXT) {
        problems.add("「" + label + "」超过 " + MAX_TEXT + " 字");
        continue;
      }
      Optional<Field<?>> field = fields.byKey(key);
      if (field.isPresent()) {
        edited = field.get().set(edited, value, problems);
      } else if (RowEdits.handles(key)) {
        rows.set(key, value, label, problems);
      } else if (!perCode.set(key, value, label, problems)) {
        problems.add("「" + key + "」不是可编辑的字段");
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidEditException(problems);
    }
    return rows.applyTo(perCode.applyTo(edited));
  }

  /**
   * The fields that repeat per classification code: 项 amounts and names, 款 amounts, texts per code.
   */
  private static final class PerCode {
    private final AmountUnit unit;
    private final TreeMap<FunctionCode, FunctionalItem> items = new TreeMap<>();
    private final TreeMap<EconomicCode, EconomicItem> economic = new TreeMap<>();
    private final Map<String, String> uses;
    private final Map<String, String> reasons;

    PerCode(FinalAccounts a) {
      unit = a.unit();
      a.facts().items().forEach(i -> items.put(i.code(), i));
      a.facts().economicItems().forEach(e -> economic.put(e.code(), e));
      uses = new LinkedHashMap<>(a.explanations().categoryUses());
      reasons = new LinkedHashMap<>(a.explanations().itemReasons());
    }

    /** Applies one edit; false when the key is not a per-code field. */
    boolean set(String key, String value, String label, List<String> problems) {
      String[] parts = key.split("\\.", 3);
      if (parts.length < 2) {
        return false;
      }
      switch (parts[0]) {
        case "item" -> item(key, parts, value, label, problems);
        case "economic" -> economic(key, parts, value, label, problems);
        case "categoryUse" -> uses.put(parts[1], value);
        case "itemReason" -> reasons.put(parts[1], value);
        default -> {
          return false;
        }
      }
      return true;
    }

    private void item(
        String key, String[] parts, String value, String label, List<String> problems) {
      FunctionalItem item =
          FunctionCode.isValid(parts[1]) ? items.get(FunctionCode.of(parts[1])) : null;
      if (item == null || parts.length < 3) {
        problems.add("「" + key + "」：本报告没有该功能分类项");
        return;
      }
      if (parts[2].equals("name")) {
        if (value.isEmpty()) {
          problems.add("「" + label + "」不能为空");
        } else {
          items.put(item.code(), new FunctionalItem(item.code(), value, item.amounts(), unit));
        }
        return;
      }
      Optional<ItemMeasure> measure = ItemMeasure.ofKey(parts[2]);
      if (measure.isEmpty()) {
        problems.add("「" + key + "」不是可编辑的字段");
        return;
      }
      Map<ItemMeasure, Amount> amounts = new EnumMap<>(ItemMeasure.class);
      amounts.putAll(item.amounts());
      if (value.isEmpty()) {
        amounts.remove(measure.get());
      } else {
        amounts.put(measure.get(), amount(value, unit, label, problems));
      }
      items.put(item.code(), new FunctionalItem(item.code(), item.name(), amounts, unit));
    }

    private void economic(
        String key, String[] parts, String value, String label, List<String> problems) {
      EconomicItem item =
          EconomicCode.isValid(parts[1]) ? economic.get(EconomicCode.of(parts[1])) : null;
      if (item == null || parts.length < 3 || !parts[2].equals("amount")) {
        problems.add("「" + key + "」：本报告没有该经济分类款");
        return;
      }
      Amount amount = value.isEmpty() ? Amount.zero(unit) : amount(value, unit, label, problems);
      economic.put(item.code(), new EconomicItem(item.code(), item.name(), amount));
    }

    FinalAccounts applyTo(FinalAccounts a) {
      uses.values().removeIf(String::isBlank);
      reasons.values().removeIf(String::isBlank);
      LeafFacts leaf =
          a.facts()
              .withItems(List.copyOf(items.values()))
              .withEconomicItems(List.copyOf(economic.values()));
      return a.withFacts(leaf)
          .withExplanations(a.explanations().withCategoryUses(uses).withItemReasons(reasons));
    }
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
    return a.withFacts(a.facts().withItems(items).withEconomicItems(economic));
  }
}
