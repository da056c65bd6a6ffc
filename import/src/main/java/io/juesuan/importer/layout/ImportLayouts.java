package io.juesuan.importer.layout;

import io.juesuan.core.table.ColumnNo;
import io.juesuan.core.table.LayoutLoadException;
import io.juesuan.core.table.TableId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The import layouts Juesuan knows (resources {@code layouts/*.layout}), and the choice among them.
 */
public final class ImportLayouts {
  private static final String ROOT = "/io/juesuan/importer/layouts/";
  private static final List<String> FILES = List.of("hubei-2023.layout", "shanghai-2024.layout");
  private static final List<ImportLayout> ALL = FILES.stream().map(f -> parse(ROOT + f)).toList();

  private ImportLayouts() {}

  public static List<ImportLayout> all() {
    return ALL;
  }

  /** The layout whose detect patterns match the text best; the first one on a tie. */
  public static ImportLayout choose(String text) {
    ImportLayout best = ALL.get(0);
    int bestScore = -1;
    for (ImportLayout l : ALL) {
      int s = l.score(text);
      if (s > bestScore) {
        best = l;
        bestScore = s;
      }
    }
    return best;
  }

  static ImportLayout parse(String resource) {
    List<String> lines;
    try (InputStream in = ImportLayouts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new LayoutLoadException("找不到导入格式资源 " + resource);
      }
      lines = Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n"));
    } catch (IOException e) {
      throw new LayoutLoadException("读取导入格式资源失败 " + resource + ": " + e.getMessage());
    }
    String id = "";
    String description = "";
    List<Pattern> detect = new ArrayList<>();
    Map<TableId, TableSpec> tables = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      try {
        switch (f[0]) {
          case "layout" -> {
            id = f[1];
            description = f[2];
          }
          case "detect" -> detect.add(Pattern.compile(f[1]));
          case "table" ->
              tables.put(
                  TableId.of(f[1]),
                  new TableSpec(TableId.of(f[1]), List.of(f[2].split("\\|")), false, List.of()));
          case "rows" ->
              tables.computeIfPresent(
                  TableId.of(f[1]), (k, t) -> t.withNumbered(f[2].equals("numbered")));
          case "columns" ->
              tables.computeIfPresent(TableId.of(f[1]), (k, t) -> t.withColumns(columns(f[2])));
          default -> throw new IllegalArgumentException("未知指令 " + f[0]);
        }
      } catch (RuntimeException e) {
        throw new LayoutLoadException(resource + " 第" + (i + 1) + "行: " + e.getMessage());
      }
    }
    return new ImportLayout(id, description, detect, new ArrayList<>(tables.values()));
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
