package io.juesuan.core.rules;

import io.juesuan.core.JuesuanException;
import io.juesuan.core.table.LayoutSet;
import io.juesuan.core.table.TableId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * 审核规则目录 of an edition, read from its {@code rules} resource: one rule per line, TAB separated —
 * id, severity (error|warning|info), kind, expression, Chinese description — compiled once against
 * the edition's layouts. An edition that names a base gives only what changes: a rule with an id
 * the base has replaces it, {@code remove<TAB>id} drops it, new ids are added.
 */
public final class RuleCatalog {
  private static final Map<String, BiFunction<RuleSpec, LayoutSet, Rule>> KINDS =
      Map.of(
          "formula", FormulaRule::new,
          "hierarchy", (s, l) -> new HierarchyRule(s),
          "nonnegative", (s, l) -> new NonNegativeRule(s),
          "catalog", (s, l) -> new CatalogRule(s),
          "category-rows", (s, l) -> new CategoryRowsRule(s),
          "required", (s, l) -> new RequiredRule(s),
          "operating-costs", OperatingCostsRule::new);

  private final List<Rule> rules;

  /** The applicable rules that read one table and no other, by that table, in catalog order. */
  private final Map<TableId, List<Rule>> readingOnly;

  private RuleCatalog(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    Map<TableId, List<Rule>> byTable = new HashMap<>();
    for (Rule r : this.rules) {
      Set<TableId> tables = r.tables();
      if (r.inapplicable().isEmpty() && tables.size() == 1) {
        byTable.computeIfAbsent(tables.iterator().next(), t -> new ArrayList<>()).add(r);
      }
    }
    byTable.replaceAll((t, list) -> List.copyOf(list));
    this.readingOnly = Map.copyOf(byTable);
  }

  /**
   * The lines of a rule catalog that changes {@code base}: one line per rule id, in the base's
   * order with the new ids after (no comments). The result is what {@link #parse} compiles.
   *
   * @param name the resource's name, for messages
   */
  public static List<String> merge(String name, List<String> base, List<String> own) {
    Map<String, String> byId = new LinkedHashMap<>();
    collect(name, base, byId);
    collect(name, own, byId);
    return new ArrayList<>(byId.values());
  }

  private static void collect(String name, List<String> lines, Map<String, String> byId) {
    java.util.Set<String> here = new java.util.HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f[0].equals("remove")) {
        if (f.length != 2 || byId.remove(f[1].trim()) == null) {
          throw new JuesuanException(name + " 第" + (i + 1) + "行: remove 应指基础版本已有的规则编号");
        }
        continue;
      }
      if (!here.add(f[0])) {
        throw new JuesuanException(name + " 第" + (i + 1) + "行: 规则编号重复 " + f[0]);
      }
      byId.put(f[0], line);
    }
  }

  /**
   * Compiles a rule catalog against an edition's layouts.
   *
   * @param name the resource's name, for messages
   */
  public static RuleCatalog parse(String name, List<String> lines, LayoutSet layouts) {
    List<Rule> rules = new ArrayList<>();
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      String where = name + " 第" + (i + 1) + "行";
      if (f.length != 5) {
        throw new JuesuanException(
            where + ": 应有5个以制表符分隔的字段（编号、严重程度、类型、表达式、说明），实有" + f.length + "个");
      }
      BiFunction<RuleSpec, LayoutSet, Rule> kind = KINDS.get(f[2]);
      if (kind == null) {
        throw new JuesuanException(where + ": 未知规则类型 " + f[2]);
      }
      try {
        RuleSpec spec = new RuleSpec(RuleId.of(f[0]), Severity.ofCode(f[1]), f[2], f[3], f[4]);
        if (!ids.add(f[0])) {
          throw new IllegalArgumentException("规则编号重复 " + f[0]);
        }
        rules.add(kind.apply(spec, layouts));
      } catch (IllegalArgumentException e) {
        throw new JuesuanException(where + ": " + e.getMessage(), e);
      }
    }
    return new RuleCatalog(rules);
  }

  public List<Rule> rules() {
    return rules;
  }

  /**
   * The applicable rules that read {@code table} and no other (those a table read on its own can be
   * reconciled with), in catalog order.
   */
  public List<Rule> readingOnly(TableId table) {
    return readingOnly.getOrDefault(table, List.of());
  }

  /** The rules that apply to the edition (their rows and columns are printed there). */
  public List<Rule> applicable() {
    return rules.stream().filter(r -> r.inapplicable().isEmpty()).toList();
  }
}
