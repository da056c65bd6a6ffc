package io.juesuan.core.rules;

import io.juesuan.core.JuesuanException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * 审核规则目录 of a fiscal year, read from {@code rules/<year>.rules}: one rule per line, TAB separated —
 * id, severity (error|warning|info), kind, expression, Chinese description.
 */
public final class RuleCatalog {
  private static final String ROOT = "/io/juesuan/core/rules/";
  private static final int[] EDITIONS = {2023};
  private static final Map<Integer, RuleCatalog> CACHE = new ConcurrentHashMap<>();
  private static final Map<String, Function<RuleSpec, Rule>> KINDS =
      Map.of(
          "formula", FormulaRule::new,
          "hierarchy", HierarchyRule::new,
          "nonnegative", NonNegativeRule::new,
          "catalog", CatalogRule::new,
          "category-rows", CategoryRowsRule::new,
          "required", RequiredRule::new,
          "operating-costs", OperatingCostsRule::new);

  private final int edition;
  private final List<Rule> rules;

  private RuleCatalog(int edition, List<Rule> rules) {
    this.edition = edition;
    this.rules = List.copyOf(rules);
  }

  public static RuleCatalog forYear(int fiscalYear) {
    int chosen = EDITIONS[0];
    for (int y : EDITIONS) {
      if (y <= fiscalYear) {
        chosen = y;
      }
    }
    return CACHE.computeIfAbsent(chosen, y -> load(ROOT + y + ".rules", y));
  }

  /** Parses a rule catalog from lines (for tests and for catalogs outside the classpath). */
  public static RuleCatalog parse(String name, List<String> lines, int edition) {
    List<Rule> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
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
      Function<RuleSpec, Rule> kind = KINDS.get(f[2]);
      if (kind == null) {
        throw new JuesuanException(where + ": 未知规则类型 " + f[2]);
      }
      try {
        RuleSpec spec = new RuleSpec(RuleId.of(f[0]), Severity.ofCode(f[1]), f[2], f[3], f[4]);
        if (!ids.add(f[0])) {
          throw new IllegalArgumentException("规则编号重复 " + f[0]);
        }
        rules.add(kind.apply(spec));
      } catch (IllegalArgumentException e) {
        throw new JuesuanException(where + ": " + e.getMessage(), e);
      }
    }
    return new RuleCatalog(edition, rules);
  }

  private static RuleCatalog load(String resource, int edition) {
    try (InputStream in = RuleCatalog.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new JuesuanException("找不到规则目录资源 " + resource);
      }
      return parse(
          resource,
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList(),
          edition);
    } catch (IOException e) {
      throw new JuesuanException("读取规则目录失败 " + resource, e);
    }
  }

  public int edition() {
    return edition;
  }

  public List<Rule> rules() {
    return rules;
  }
}
