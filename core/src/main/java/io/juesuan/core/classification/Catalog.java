package io.juesuan.core.classification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * 政府收支分类科目 of one fiscal year: 支出功能分类 and 部门预算支出经济分类, loaded from the CSV resources {@code
 * catalog/<year>/function-classification.csv} and {@code economic-classification.csv}. The catalogs
 * are partial: a code missing here is accepted with the name the data gives, and the caller reports
 * it as a warning.
 */
public final class Catalog {
  private static final String ROOT = "/io/juesuan/core/catalog/";
  private static final Map<Integer, Catalog> CACHE = new ConcurrentHashMap<>();
  private static final int[] AVAILABLE_YEARS = {2023};

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
   * The catalog for {@code fiscalYear}, or the nearest earlier edition Juesuan ships (codes change
   * little from year to year; {@link #year()} tells which edition was taken).
   */
  public static Catalog forYear(int fiscalYear) {
    int edition = AVAILABLE_YEARS[0];
    for (int y : AVAILABLE_YEARS) {
      if (y <= fiscalYear) {
        edition = y;
      }
    }
    return CACHE.computeIfAbsent(edition, Catalog::load);
  }

  private static Catalog load(int year) {
    return new Catalog(
        year,
        read(ROOT + year + "/function-classification.csv"),
        read(ROOT + year + "/economic-classification.csv"));
  }

  private static Map<String, CatalogEntry> read(String resource) {
    Map<String, CatalogEntry> entries = new LinkedHashMap<>();
    try (InputStream in = Catalog.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new CatalogLoadException("找不到分类科目资源 " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String header = reader.readLine();
      if (header == null || !header.startsWith("code,name,level")) {
        throw new CatalogLoadException(resource + " 第1行: 表头应为 code,name,level[,source]");
      }
      String line;
      int lineNo = 1;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split(",", 4);
        if (f.length < 3) {
          throw new CatalogLoadException(resource + " 第" + lineNo + "行: 字段不足");
        }
        ClassificationLevel level =
            ClassificationLevel.ofLabel(f[2])
                .orElseThrow(() -> new CatalogLoadException(resource + " 未知级次: " + f[2]));
        if (ClassificationLevel.ofLength(f[0].length()).orElse(null) != level) {
          throw new CatalogLoadException(
              resource + " 第" + (entries.size() + 2) + "行: 编码 " + f[0] + " 与级次 " + f[2] + " 不符");
        }
        entries.put(f[0], new CatalogEntry(f[0], f[1], level, f.length > 3 ? f[3] : ""));
      }
    } catch (IOException e) {
      throw new CatalogLoadException("读取分类科目资源失败 " + resource, e);
    }
    return entries;
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
