package io.juesuan.core.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The nine table layouts of one fiscal year, read from the resource {@code layout/<year>.tables}
 * (one TAB-separated directive per line; see the file's header). A year without its own file uses
 * the nearest earlier edition.
 */
public final class LayoutSet {
  private static final String ROOT = "/io/juesuan/core/layout/";
  private static final int[] EDITIONS = {2023};
  private static final Map<Integer, LayoutSet> CACHE = new ConcurrentHashMap<>();

  private final int edition;
  private final Map<TableId, TableLayout> tables;

  private LayoutSet(int edition, Map<TableId, TableLayout> tables) {
    this.edition = edition;
    this.tables = Map.copyOf(tables);
  }

  public static LayoutSet forYear(int fiscalYear) {
    int chosen = EDITIONS[0];
    for (int y : EDITIONS) {
      if (y <= fiscalYear) {
        chosen = y;
      }
    }
    return CACHE.computeIfAbsent(chosen, y -> parse(ROOT + y + ".tables", y));
  }

  public int edition() {
    return edition;
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

  /** Tables in order 01 … 09. */
  public List<TableLayout> tables() {
    return tables.values().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
  }

  static LayoutSet parse(String resource, int edition) {
    try (InputStream in = LayoutSet.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new LayoutLoadException("找不到表样资源 " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return new LayoutSet(edition, new Parser(resource).parse(reader.lines().toList()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Parser {
    private final String resource;
    private final Map<TableId, Builder> builders = new LinkedHashMap<>();

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
      builders.forEach((id, b) -> result.put(id, b.build()));
      return result;
    }

    private void directive(String[] f) {
      if (f.length < 3) {
        throw new IllegalArgumentException("字段不足");
      }
      TableId id = TableId.of(f[1]);
      if (f[0].equals("table")) {
        builders.put(
            id, new Builder(id, f[2], TableKind.valueOf(f[3].toUpperCase(java.util.Locale.ROOT))));
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
                  Optional.ofNullable(a.get("sum"))));
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
    final List<ColumnLayout> columns = new ArrayList<>();
    final List<RowLayout> rows = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final List<String> formulas = new ArrayList<>();
    String empty;

    Builder(TableId id, String title, TableKind kind) {
      this.id = id;
      this.title = title;
      this.kind = kind;
    }

    TableLayout build() {
      return new TableLayout(
          id, title, kind, columns, rows, notes, formulas, Optional.ofNullable(empty));
    }
  }

  /** For tests and tools: every layout. */
  public Collection<TableLayout> all() {
    return tables.values();
  }
}
