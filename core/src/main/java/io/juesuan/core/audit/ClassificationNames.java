package io.juesuan.core.audit;

import io.juesuan.core.table.DisclosureTable;
import io.juesuan.core.table.TableId;
import io.juesuan.core.table.TableRow;
import io.juesuan.core.table.TableSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The 功能分类 codes a report uses (rows of 05表, else 03 or 02表) with their names, and the code a name
 * "…(类)…(款)…(项)" written in the narrative stands for.
 */
final class ClassificationNames {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private final Map<String, String> names = new LinkedHashMap<>();

  ClassificationNames(TableSet tables) {
    for (String id : List.of("05", "03", "02")) {
      Optional<DisclosureTable> t =
          tables.table(TableId.of(id)).filter(DisclosureTable::hasFigures);
      if (t.isPresent()) {
        for (TableRow r : t.get().rows()) {
          if (r.kind().isCode()) {
            names.putIfAbsent(r.no().value(), r.label());
          }
        }
      }
    }
  }

  boolean isEmpty() {
    return names.isEmpty();
  }

  /** The 类 code whose name is {@code name} (with or without the suffix 支出). */
  Optional<String> category(String name) {
    return names.entrySet().stream()
        .filter(e -> e.getKey().length() == 3 && same(e.getValue(), name))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /** The 项 (or 款) used under the category whose 款 and 项 names match exactly. */
  Optional<String> item(String category, String section, String item) {
    return names.keySet().stream()
        .filter(c -> c.startsWith(category) && c.length() == (item.isEmpty() ? 5 : 7))
        .filter(
            c ->
                same(names.get(c.substring(0, 5)), section)
                    && (item.isEmpty() || same(names.get(c), item)))
        .findFirst();
  }

  /** Codes used under a category, as "2013601 其他共产党事务支出(款)行政运行(项)". */
  List<String> usedItems(String category) {
    List<String> out = new ArrayList<>();
    names.forEach(
        (code, name) -> {
          if (code.length() == 7 && code.startsWith(category)) {
            out.add(
                code + " " + names.getOrDefault(code.substring(0, 5), "") + "(款)" + name + "(项)");
          }
        });
    return out;
  }

  /** Codes (款 and 项) used under a category. */
  List<String> itemsUnder(String category) {
    return names.keySet().stream().filter(c -> c.length() > 3 && c.startsWith(category)).toList();
  }

  /** Whether any 功能分类 row of the report has a name matching {@code p}. */
  boolean anyName(java.util.regex.Pattern p) {
    return names.values().stream()
        .anyMatch(n -> p.matcher(WHITESPACE.matcher(n).replaceAll("")).find());
  }

  String name(String code) {
    return names.getOrDefault(code, "");
  }

  static boolean same(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    return norm(a).equals(norm(b));
  }

  private static String norm(String s) {
    String t = WHITESPACE.matcher(s).replaceAll("").replace('（', '(').replace('）', ')');
    return t.endsWith("支出") && t.length() > 2 ? t.substring(0, t.length() - 2) : t;
  }
}
