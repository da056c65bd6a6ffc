package io.juesuan.importer.layout;

import io.juesuan.core.edition.Edition;
import io.juesuan.core.edition.EditionNotFoundException;
import io.juesuan.core.edition.Editions;
import io.juesuan.core.table.ColumnNo;
import io.juesuan.core.table.LayoutLoadException;
import io.juesuan.core.table.TableId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The import layouts Juesuan knows: the {@code import.layout} file of every edition that has its
 * own (found with the editions, never listed here), and the choice among them.
 */
public final class ImportLayouts {
  private static final Map<Editions, List<ImportLayout>> CACHE = new ConcurrentHashMap<>();

  private ImportLayouts() {}

  public static List<ImportLayout> all() {
    return all(Editions.installed());
  }

  public static List<ImportLayout> all(Editions editions) {
    return CACHE.computeIfAbsent(editions, ImportLayouts::load);
  }

  private static List<ImportLayout> load(Editions editions) {
    List<ImportLayout> out = new ArrayList<>();
    for (Edition e : editions.all()) {
      if (e.defines(IMPORT_FILE)) {
        out.add(parse(e, editions));
      }
    }
    if (out.isEmpty()) {
      throw new LayoutLoadException("没有任何版本定义导入格式（" + IMPORT_FILE + "）");
    }
    return out;
  }

  static final String IMPORT_FILE = "import.layout";

  /** The layout whose detect patterns match the text best; the first one on a tie. */
  public static ImportLayout choose(String text) {
    List<ImportLayout> all = all();
    ImportLayout best = all.get(0);
    int bestScore = -1;
    for (ImportLayout l : all) {
      int s = l.score(text);
      if (s > bestScore) {
        best = l;
        bestScore = s;
      }
    }
    return best;
  }

  /**
   * The edition a report in this layout is read and checked in: the layout's region in the report's
   * year, or the layout's own edition when Juesuan has none for that year (the audit says so).
   */
  public static Edition edition(ImportLayout layout, Optional<Integer> year) {
    Editions editions = Editions.installed();
    Edition own = editions.get(layout.id());
    if (year.isEmpty() || year.get() == own.fiscalYear()) {
      return own;
    }
    try {
      return editions.choose(Optional.empty(), own.info().region(), year.get());
    } catch (EditionNotFoundException e) {
      return own;
    }
  }

  static ImportLayout parse(Edition edition, Editions editions) {
    String resource = edition.location() + "/" + IMPORT_FILE;
    List<String> lines = edition.required(IMPORT_FILE);
    String description = "";
    List<Pattern> detect = new ArrayList<>();
    Map<TableId, TableSpec> tables = new LinkedHashMap<>();
    Map<String, List<String>> columnNames = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      try {
        switch (f[0]) {
          case "layout" -> description = f.length > 2 ? f[2] : f[1];
          case "detect" -> detect.add(Pattern.compile(f[1]));
          case "tables-from" -> {
            ImportLayout from = parse(editions.get(f[1].trim()), editions);
            for (TableSpec t : from.tables()) {
              tables.put(t.id(), t);
            }
            columnNames.putAll(from.columnNames());
          }
          case "table" ->
              tables.put(
                  TableId.of(f[1]),
                  new TableSpec(TableId.of(f[1]), List.of(f[2].split("\\|")), false, List.of()));
          case "rows" ->
              tables.computeIfPresent(
                  TableId.of(f[1]), (k, t) -> t.withNumbered(f[2].equals("numbered")));
          case "columns" ->
              tables.computeIfPresent(TableId.of(f[1]), (k, t) -> t.withColumns(columns(f[2])));
          case "column-name" -> columnNames.put(f[1], List.of(f[2].split("\\|")));
          default -> throw new IllegalArgumentException("未知指令 " + f[0]);
        }
      } catch (RuntimeException e) {
        throw new LayoutLoadException(resource + " 第" + (i + 1) + "行: " + e.getMessage());
      }
    }
    return new ImportLayout(
        edition.id(), description, detect, new ArrayList<>(tables.values()), columnNames);
  }

  private static List<Optional<ColumnNo>> columns(String spec) {
    return Arrays.stream(spec.trim().split("\\s+"))
        .map(
            s ->
                s.equals("-")
                    ? Optional.<ColumnNo>empty()
                    : Optional.of(ColumnNo.of(Integer.parseInt(s))))
        .toList();
  }
}
