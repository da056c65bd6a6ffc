package io.juesuan.dataset;

import io.juesuan.core.classification.Catalog;
import io.juesuan.core.classification.EconomicCode;
import io.juesuan.core.classification.FunctionCode;
import io.juesuan.core.money.Amount;
import io.juesuan.core.money.AmountUnit;
import io.juesuan.core.report.Count;
import io.juesuan.core.report.EconomicItem;
import io.juesuan.core.report.Fact;
import io.juesuan.core.report.FunctionalItem;
import io.juesuan.core.report.ItemMeasure;
import io.juesuan.core.report.LeafFacts;
import io.juesuan.core.report.NamedCount;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.Node;

/** Reads accounts.yaml: 功能分类项级数据, 经济分类基本支出 and the department facts. */
final class AccountsReader {
  private static final Set<String> SECTIONS =
      Set.of(
          "functional",
          "economic",
          "codeNames",
          "balances",
          "priorYear",
          "threePublic",
          "operatingCosts",
          "procurement",
          "assets",
          "performance");

  private final YamlFile f;
  private final AmountUnit unit;
  private final Catalog catalog;

  AccountsReader(YamlFile f, AmountUnit unit, Catalog catalog) {
    this.f = f;
    this.unit = unit;
    this.catalog = catalog;
  }

  LeafFacts read() {
    Map<String, Node> top = f.mapping(f.root(), "（根）");
    f.rejectUnknown(top, new TreeSet<>(SECTIONS), "");
    Map<String, String> codeNames = new LinkedHashMap<>();
    if (top.containsKey("codeNames")) {
      f.mapping(top.get("codeNames"), "codeNames")
          .forEach(
              (code, node) -> {
                if (!FunctionCode.isValid(code) && !EconomicCode.isValid(code)) {
                  f.problem(node, "codeNames 中的 \"" + code + "\" 不是科目编码");
                }
                f.text(node, "codeNames." + code).ifPresent(n -> codeNames.put(code, n));
              });
    }
    List<FunctionalItem> items =
        top.containsKey("functional") ? functional(top.get("functional")) : List.of();
    if (!top.containsKey("functional")) {
      f.problem(f.root(), "缺少字段 functional（功能分类项级数据）");
    }
    List<EconomicItem> economic =
        top.containsKey("economic") ? economic(top.get("economic")) : List.of();
    Map<Fact, Amount> facts = new EnumMap<>(Fact.class);
    Map<Count, Integer> counts = new EnumMap<>(Count.class);
    List<NamedCount> vehicles = new ArrayList<>();
    for (String section : SECTIONS) {
      if (!top.containsKey(section)
          || Set.of("functional", "economic", "codeNames").contains(section)) {
        continue;
      }
      Map<String, Node> flat = new LinkedHashMap<>();
      f.flatten(top.get(section), section, flat);
      for (Map.Entry<String, Node> e : flat.entrySet()) {
        String key = e.getKey();
        if (key.equals("assets.vehiclesByUse")) {
          vehicles.addAll(vehiclesByUse(e.getValue()));
          continue;
        }
        Optional<Fact> fact = Fact.ofKey(key);
        Optional<Count> count = Count.ofKey(key);
        if (fact.isPresent()) {
          f.amount(e.getValue(), key, unit).ifPresent(a -> facts.put(fact.get(), a));
        } else if (count.isPresent()) {
          f.count(e.getValue(), key).ifPresent(c -> counts.put(count.get(), c));
        } else {
          f.problem(e.getValue(), "未知字段 " + key);
        }
      }
    }
    return new LeafFacts(unit, items, economic, facts, counts, vehicles, codeNames);
  }

  private List<FunctionalItem> functional(Node node) {
    List<FunctionalItem> items = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Node entry : f.sequence(node, "functional")) {
      Map<String, Node> m = f.mapping(entry, "functional[]");
      f.rejectUnknown(
          m,
          new TreeSet<>(Set.of("code", "name", "income", "expenditure", "fiscal")),
          "functional[]");
      Optional<String> codeText =
          m.containsKey("code") ? f.text(m.get("code"), "code") : Optional.empty();
      if (codeText.isEmpty()) {
        f.problem(entry, "功能分类条目缺少 code");
        continue;
      }
      String code = codeText.get();
      if (!code.matches("\\d{7}")) {
        f.problem(m.get("code"), "功能分类科目编码 \"" + code + "\" 应为7位项级编码（如 2013601）");
        continue;
      }
      if (!seen.add(code)) {
        f.problem(m.get("code"), "功能分类科目 " + code + " 重复出现，请合并为一条");
        continue;
      }
      FunctionCode fc = FunctionCode.of(code);
      Optional<String> given =
          m.containsKey("name") ? f.text(m.get("name"), "name") : Optional.empty();
      Optional<String> name = given.filter(s -> !s.isEmpty()).or(() -> catalog.functionName(fc));
      if (name.isEmpty()) {
        f.problem(m.get("code"), "科目 " + code + " 不在" + catalog.year() + "年分类科目目录中，请填写 name（科目名称）");
        continue;
      }
      Map<ItemMeasure, Amount> amounts = new EnumMap<>(ItemMeasure.class);
      for (String group : List.of("income", "expenditure", "fiscal")) {
        if (!m.containsKey(group)) {
          continue;
        }
        Map<String, Node> flat = new LinkedHashMap<>();
        f.flatten(m.get(group), group, flat);
        flat.forEach(
            (key, value) -> {
              Optional<ItemMeasure> measure = ItemMeasure.ofKey(key);
              if (measure.isEmpty()) {
                f.problem(value, "科目 " + code + " 的未知字段 " + key);
              } else {
                f.amount(value, code + " " + key, unit)
                    .ifPresent(a -> amounts.put(measure.get(), a));
              }
            });
      }
      items.add(new FunctionalItem(fc, name.get(), amounts, unit));
    }
    return items;
  }

  private List<EconomicItem> economic(Node node) {
    List<EconomicItem> items = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Node entry : f.sequence(node, "economic")) {
      Map<String, Node> m = f.mapping(entry, "economic[]");
      f.rejectUnknown(m, new TreeSet<>(Set.of("code", "name", "amount")), "economic[]");
      String code = m.containsKey("code") ? f.text(m.get("code"), "code").orElse("") : "";
      if (!code.matches("\\d{5}")) {
        f.problem(entry, "经济分类科目编码 \"" + code + "\" 应为5位款级编码（如 30101）");
        continue;
      }
      if (!seen.add(code)) {
        f.problem(m.get("code"), "经济分类科目 " + code + " 重复出现");
        continue;
      }
      EconomicCode ec = EconomicCode.of(code);
      Optional<String> name =
          (m.containsKey("name") ? f.text(m.get("name"), "name") : Optional.<String>empty())
              .filter(s -> !s.isEmpty())
              .or(() -> catalog.economicName(ec));
      if (name.isEmpty()) {
        f.problem(m.get("code"), "经济分类科目 " + code + " 不在目录中，请填写 name（科目名称）");
        continue;
      }
      if (!m.containsKey("amount")) {
        f.problem(entry, "经济分类科目 " + code + " 缺少 amount");
        continue;
      }
      f.amount(m.get("amount"), code + " amount", unit)
          .ifPresent(a -> items.add(new EconomicItem(ec, name.get(), a)));
    }
    return items;
  }

  private List<NamedCount> vehiclesByUse(Node node) {
    List<NamedCount> out = new ArrayList<>();
    for (Node entry : f.sequence(node, "assets.vehiclesByUse")) {
      Map<String, Node> m = f.mapping(entry, "vehiclesByUse[]");
      f.rejectUnknown(m, new TreeSet<>(Set.of("use", "count")), "vehiclesByUse[]");
      String use = m.containsKey("use") ? f.text(m.get("use"), "use").orElse("") : "";
      Optional<Integer> count =
          m.containsKey("count") ? f.count(m.get("count"), "count") : Optional.empty();
      if (use.isEmpty() || count.isEmpty()) {
        f.problem(entry, "车辆用途条目应有 use 和 count");
        continue;
      }
      out.add(new NamedCount(use, count.get(), "辆"));
    }
    return out;
  }
}
