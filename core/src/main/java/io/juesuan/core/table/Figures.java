package io.juesuan.core.table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * 数字名 — the figures the narrative, charts, the 绩效 grids and the audit cite, each a name bound to an
 * expression over the edition's cells by key ({@code total = 01.收入总计}), read from an edition's
 * {@code figures} resource. Java names a figure ("@total"), never a printed 行次 or 栏次; {@code
 * {code}} in an expression is replaced by the classification code a caller passes
 * ("@gpb.code(201)").
 */
public final class Figures {
  private final Map<String, String> expressions;
  private final Map<String, String> expanded = new ConcurrentHashMap<>();

  private Figures(Map<String, String> expressions) {
    this.expressions = Map.copyOf(expressions);
  }

  public static Figures empty() {
    return new Figures(Map.of());
  }

  /**
   * Parses {@code name<TAB>expression} lines; names given here replace the base's.
   *
   * @param name the resource's name, for messages
   */
  public static Figures parse(String name, List<String> lines, Figures base) {
    Map<String, String> m = new LinkedHashMap<>(base.expressions);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 2 || f[0].isBlank() || f[1].isBlank()) {
        throw new LayoutLoadException(name + " 第" + (i + 1) + "行: 应为“数字名<TAB>表达式”");
      }
      m.put(f[0].trim(), f[1].trim());
    }
    return new Figures(m);
  }

  /** The expression of a figure, with {@code {code}} replaced by {@code code} when given. */
  public Optional<String> expression(String name, Optional<String> code) {
    Objects.requireNonNull(name, "name");
    String e = expressions.get(name);
    if (e == null) {
      return Optional.empty();
    }
    return Optional.of(code.map(c -> e.replace("{code}", c)).orElse(e));
  }

  /** The expression "@name" or "@name(code)" stands for. */
  public String expand(String reference) {
    String known = expanded.get(reference);
    if (known == null) {
      known = expandNow(reference);
      if (expanded.size() < 20_000) {
        expanded.put(reference, known);
      }
    }
    return known;
  }

  private String expandNow(String reference) {
    String name = reference.startsWith("@") ? reference.substring(1) : reference;
    Optional<String> code = Optional.empty();
    int open = name.indexOf('(');
    if (open > 0 && name.endsWith(")")) {
      code = Optional.of(name.substring(open + 1, name.length() - 1));
      name = name.substring(0, open);
    }
    String n = name;
    return expression(n, code).orElseThrow(() -> new IllegalArgumentException("版本没有定义数字名 @" + n));
  }

  /** Every figure by name, for convention tests. */
  public Map<String, String> all() {
    return expressions;
  }
}
