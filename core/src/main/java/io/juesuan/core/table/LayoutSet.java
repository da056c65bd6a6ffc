package io.juesuan.core.table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The nine table layouts of an edition, read from its {@code tables} resource (one TAB-separated
 * directive per line; see the resource's header). An edition that names a base gives only the
 * tables it changes: a table it declares replaces the base's table of the same id whole; the others
 * are the base's. {@code order} sets the order the tables are printed in.
 */
public final class LayoutSet {
  /** At most this many cell references are kept resolved (an edition cites a few hundred). */
  private static final int RESOLVED_KEPT = 20_000;

  private final Map<TableId, TableLayout> tables;
  private final List<TableId> order;
  private final List<TableLayout> inOrder;
  private final Map<String, ResolvedCells> resolved = new ConcurrentHashMap<>();

  private LayoutSet(Map<TableId, TableLayout> tables, List<TableId> order) {
    this.tables = Map.copyOf(tables);
    this.order = List.copyOf(order);
    this.inOrder = this.order.stream().map(this.tables::get).toList();
  }

  /**
   * A cell reference ("01.收入总计", "05.201.本年支出合计", "05.*.合计") resolved in these layouts: its
   * pattern, the rows and column it names, or why it names none. Kept once resolved: figures, rules
   * and the narrative resolve the same references for every department.
   *
   * @throws IllegalArgumentException when the text is not a cell reference
   */
  public ResolvedCells resolve(String reference) {
    ResolvedCells known = resolved.get(reference);
    if (known != null) {
      return known;
    }
    CellPattern p = CellPattern.parse(reference);
    CellPattern.Resolved<List<RowNo>> rows = p.rows(this);
    ResolvedCells r;
    if (!rows.ok()) {
      r = new ResolvedCells(p, List.of(), Optional.empty(), rows.problem());
    } else {
      CellPattern.Resolved<ColumnNo> column = p.column(this, rows.value().get());
      r =
          new ResolvedCells(
              p,
              List.copyOf(rows.value().get()),
              column.value(),
              column.ok() ? "" : column.problem());
    }
    if (resolved.size() < RESOLVED_KEPT) {
      resolved.putIfAbsent(reference, r);
    }
    return r;
  }

  /**
   * A reference resolved: the rows (empty for {@link CellPattern#ALL_CATEGORIES}, whose rows only a
   * table knows) and the column; {@code problem} is empty when both are known.
   */
  public record ResolvedCells(
      CellPattern pattern, List<RowNo> rows, Optional<ColumnNo> column, String problem) {
    public boolean ok() {
      return problem.isEmpty();
    }
  }

  /**
   * Parses a layout resource.
   *
   * @param name the resource's name, for messages
   * @param base the layouts of the base edition the resource changes, if any
   */
  public static LayoutSet parse(String name, List<String> lines, Optional<LayoutSet> base) {
    Parser parser = new Parser(name);
    Map<TableId, TableLayout> own = parser.parse(lines);
    Map<TableId, TableLayout> all = new LinkedHashMap<>();
    List<TableId> order = new ArrayList<>();
    base.ifPresent(
        b -> {
          all.putAll(b.tables);
          order.addAll(b.order);
        });
    own.forEach(
        (id, t) -> {
          all.put(id, t);
          if (!order.contains(id)) {
            order.add(id);
          }
        });
    if (!parser.order.isEmpty()) {
      for (TableId id : parser.order) {
        if (!all.containsKey(id)) {
          throw new LayoutLoadException(name + ": order 中的公开" + id + "表没有格式");
        }
      }
      List<TableId> rest = new ArrayList<>(order);
      rest.removeAll(parser.order);
      order.clear();
      order.addAll(parser.order);
      order.addAll(rest);
    }
    return new LayoutSet(all, order);
  }

  public TableLayout table(TableId id) {
    TableLayout t = tables.get(id);
    if (t == null) {
      throw new IllegalArgumentException("没有公开" + id + "表的格式");
    }
    return t;
  }

  public Optional<TableLayout> find(TableId id) {
    return Optional.ofNullable(tables.get(id));
  }

  /** Tables in the order the edition prints them. */
  public List<TableLayout> tables() {
    return inOrder;
  }

  /** Every layout, in print order. */
  public Collection<TableLayout> all() {
    return tables();
  }

  private static final class Parser {
    private final String resource;
    private final Map<TableId, Builder> builders = new LinkedHashMap<>();
    private final List<TableId> order = new ArrayList<>();

    Parser(String resource) {
      this.resource = resource;
    }

    Map<TableId, TableLayout> parse(List<String> lines) {
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        try {
          directive(f);
        } catch (RuntimeException e) {
          throw new LayoutLoadException(resource + " 第" + (i + 1) + "行: " + e.getMessage());
        }
      }
      Map<TableId, TableLayout> result = new LinkedHashMap<>();
      for (Builder b : builders.values()) {
        try {
          result.put(b.id, b.build());
        } catch (IllegalArgumentException e) {
          throw new LayoutLoadException(resource + ": " + e.getMessage());
        }
      }
      return result;
    }

    private void directive(String[] f) {
      if (f[0].equals("order")) {
        for (int i = 1; i < f.length; i++) {
          for (String id : f[i].trim().split("\\s+")) {
            if (!id.isEmpty()) {
              order.add(TableId.of(id));
            }
          }
        }
        return;
      }
      if (f.length < 3) {
        throw new IllegalArgumentException("字段不足");
      }
      TableId id = TableId.of(f[1]);
      if (f[0].equals("table")) {
        if (builders.containsKey(id)) {
          throw new IllegalArgumentException("公开" + id + "表重复声明");
        }
        builders.put(
            id,
            new Builder(
                id, f[2], TableKind.valueOf(f[3].toUpperCase(Locale.ROOT)), attributes(f, 4)));
        return;
      }
      Builder b = builders.get(id);
      if (b == null) {
        throw new IllegalArgumentException("公开" + id + "表尚未声明");
      }
      switch (f[0]) {
        case "column" -> {
          Map<String, String> a = attributes(f, 4);
          b.columns.add(
              new ColumnLayout(
                  ColumnNo.of(Integer.parseInt(f[2])),
                  List.of(f[3].split("/")),
                  Optional.ofNullable(a.get("side")),
                  Optional.ofNullable(a.get("measure")),
                  Optional.ofNullable(a.get("sum")),
                  Optional.ofNullable(a.get("key"))));
        }
        case "row" -> b.rows.add(new RowLayout(RowNo.of(f[2]), f[3], attributes(f, 4)));
        case "note" -> b.notes.add(f[2]);
        case "formula" -> b.formulas.add(f[2]);
        case "empty" -> b.empty = f[2];
        default -> throw new IllegalArgumentException("未知指令 " + f[0]);
      }
    }

    private static Map<String, String> attributes(String[] f, int from) {
      Map<String, String> a = new LinkedHashMap<>();
      for (int i = from; i < f.length; i++) {
        if (f[i].isEmpty()) {
          continue;
        }
        int eq = f[i].indexOf('=');
        if (eq <= 0) {
          throw new IllegalArgumentException("属性应为 name=value: " + f[i]);
        }
        a.put(f[i].substring(0, eq), f[i].substring(eq + 1));
      }
      return a;
    }
  }

  private static final class Builder {
    final TableId id;
    final String title;
    final TableKind kind;
    final Map<String, String> attributes;
    final List<ColumnLayout> columns = new ArrayList<>();
    final List<RowLayout> rows = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final List<String> formulas = new ArrayList<>();
    String empty;

    Builder(TableId id, String title, TableKind kind, Map<String, String> attributes) {
      this.id = id;
      this.title = title;
      this.kind = kind;
      this.attributes = attributes;
    }

    TableLayout build() {
      checkKeys();
      return new TableLayout(
          id, title, kind, columns, rows, notes, formulas, Optional.ofNullable(empty), attributes);
    }

    private void checkKeys() {
      List<String> seen = new ArrayList<>();
      for (RowLayout r : rows) {
        r.key().ifPresent(k -> unique(seen, "行", k));
      }
      seen.clear();
      for (ColumnLayout c : columns) {
        c.key().ifPresent(k -> unique(seen, "栏", k));
      }
    }

    private void unique(List<String> seen, String what, String key) {
      if (seen.contains(key)) {
        throw new IllegalArgumentException("公开" + id + "表的" + what + "键重复: " + key);
      }
      seen.add(key);
    }
  }
}
