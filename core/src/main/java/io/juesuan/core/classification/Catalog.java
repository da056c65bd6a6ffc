package io.juesuan.core.classification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 政府收支分类科目 of one fiscal year: 支出功能分类 and 部门预算支出经济分类, read from an edition's {@code
 * catalog/function-classification.csv} and {@code economic-classification.csv} ({@code
 * code,name,level[,source]}), or from its base's catalog changed by {@code catalog/*.delta.csv}
 * ({@code op,code,name,level,source} with op add, remove or rename). The catalogs are partial: a
 * code missing here is accepted with the name the data gives, and the caller reports it as a
 * warning naming the code.
 */
public final class Catalog {
  private final int year;
  private final Map<String, CatalogEntry> functions;
  private final Map<String, CatalogEntry> economics;

  private Catalog(
      int year, Map<String, CatalogEntry> functions, Map<String, CatalogEntry> economics) {
    this.year = year;
    this.functions = Collections.unmodifiableMap(functions);
    this.economics = Collections.unmodifiableMap(economics);
  }

  /**
   * A full catalog.
   *
   * @param name where the lines come from, for messages
   */
  public static Catalog parse(
      int year, String name, List<String> functionLines, List<String> economicLines) {
    return new Catalog(
        year,
        read(name + "/function-classification.csv", functionLines),
        read(name + "/economic-classification.csv", economicLines));
  }

  /** This catalog changed by delta lines ({@code op,code,name,level,source}) for another year. */
  public Catalog withDelta(
      int newYear, String name, List<String> functionDelta, List<String> economicDelta) {
    return new Catalog(
        newYear,
        apply(name + "/function-classification.delta.csv", functions, functionDelta),
        apply(name + "/economic-classification.delta.csv", economics, economicDelta));
  }

  /** The same catalog for another year (an edition that inherits its base's catalog unchanged). */
  public Catalog forYear(int newYear) {
    return new Catalog(newYear, functions, economics);
  }

  private static Map<String, CatalogEntry> read(String resource, List<String> lines) {
    Map<String, CatalogEntry> entries = new LinkedHashMap<>();
    if (lines.isEmpty() || !lines.get(0).startsWith("code,name,level")) {
      throw new CatalogLoadException(resource + " 第1行: 表头应为 code,name,level[,source]");
    }
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split(",", 4);
      if (f.length < 3) {
        throw new CatalogLoadException(resource + " 第" + (i + 1) + "行: 字段不足");
      }
      entries.put(f[0], entry(resource, i + 1, f[0], f[1], f[2], f.length > 3 ? f[3] : ""));
    }
    return entries;
  }

  private static CatalogEntry entry(
      String resource, int lineNo, String code, String name, String levelLabel, String source) {
    ClassificationLevel level =
        ClassificationLevel.ofLabel(levelLabel)
            .orElseThrow(
                () -> new CatalogLoadException(resource + " 第" + lineNo + "行: 未知级次 " + levelLabel));
    if (ClassificationLevel.ofLength(code.length()).orElse(null) != level) {
      throw new CatalogLoadException(
          resource + " 第" + lineNo + "行: 编码 " + code + " 与级次 " + levelLabel + " 不符");
    }
    return new CatalogEntry(code, name, level, source);
  }

  private static Map<String, CatalogEntry> apply(
      String resource, Map<String, CatalogEntry> base, List<String> delta) {
    Map<String, CatalogEntry> out = new LinkedHashMap<>(base);
    if (delta.isEmpty()) {
      return out;
    }
    if (!delta.get(0).startsWith("op,code,name,level")) {
      throw new CatalogLoadException(resource + " 第1行: 表头应为 op,code,name,level,source");
    }
    for (int i = 1; i < delta.size(); i++) {
      String line = delta.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split(",", 5);
      if (f.length < 4) {
        throw new CatalogLoadException(resource + " 第" + (i + 1) + "行: 字段不足");
      }
      String source = f.length > 4 ? f[4] : "";
      switch (f[0]) {
        case "add", "rename" -> out.put(f[1], entry(resource, i + 1, f[1], f[2], f[3], source));
        case "remove" -> out.remove(f[1]);
        default ->
            throw new CatalogLoadException(
                resource + " 第" + (i + 1) + "行: 未知操作 " + f[0] + "（应为 add、remove 或 rename）");
      }
    }
    return out;
  }

  public int year() {
    return year;
  }

  public Optional<CatalogEntry> function(FunctionCode code) {
    return Optional.ofNullable(functions.get(code.value()));
  }

  public Optional<CatalogEntry> economic(EconomicCode code) {
    return Optional.ofNullable(economics.get(code.value()));
  }

  public Optional<String> functionName(FunctionCode code) {
    return function(code).map(CatalogEntry::name);
  }

  public Optional<String> economicName(EconomicCode code) {
    return economic(code).map(CatalogEntry::name);
  }

  /** 类 name without the "支出" suffix, as the narrative writes it: "一般公共服务". */
  public static String categoryShortName(String name) {
    return name.endsWith("支出") && name.length() > 2 ? name.substring(0, name.length() - 2) : name;
  }

  public List<CatalogEntry> functions() {
    return new ArrayList<>(functions.values());
  }

  public List<CatalogEntry> economics() {
    return new ArrayList<>(economics.values());
  }
}
