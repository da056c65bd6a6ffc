package io.juesuan.core.narrative;

import io.juesuan.core.JuesuanException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * 文字模板 — the wording of one year's report, read from the resource {@code narrative/<year>.wording}
 * ({@code key = text} per line, {@code {name}} placeholders). The writer picks the key for the case
 * the data is in (increase, decrease, flat, zero, missing), so wording never carries alternatives
 * such as "增加(减少)" for a person to strike out.
 */
public final class Wording {
  static final String ROOT = "/io/juesuan/core/narrative/";
  static final int[] EDITIONS = {2023};
  private static final Map<Integer, Wording> CACHE = new ConcurrentHashMap<>();

  private final Map<String, String> templates;

  private Wording(Map<String, String> templates) {
    this.templates = Collections.unmodifiableMap(templates);
  }

  public static Wording forYear(int fiscalYear) {
    int chosen = EDITIONS[0];
    for (int y : EDITIONS) {
      if (y <= fiscalYear) {
        chosen = y;
      }
    }
    return CACHE.computeIfAbsent(chosen, y -> load(ROOT + y + ".wording"));
  }

  static Wording load(String resource) {
    Map<String, String> t = new LinkedHashMap<>();
    try (InputStream in = Wording.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new JuesuanException("找不到文字模板资源 " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int eq = line.indexOf('=');
        if (eq <= 0) {
          throw new JuesuanException(resource + " 第" + no + "行: 应为 key = 文字");
        }
        String key = line.substring(0, eq).trim();
        if (t.put(key, line.substring(eq + 1).trim()) != null) {
          throw new JuesuanException(resource + " 第" + no + "行: 重复的键 " + key);
        }
      }
    } catch (IOException e) {
      throw new JuesuanException("读取文字模板失败 " + resource + ": " + e.getMessage());
    }
    return new Wording(t);
  }

  /** Every template, for convention tests. */
  public Map<String, String> templates() {
    return templates;
  }

  /** A template without placeholders. */
  public String text(String key) {
    return fill(key, Map.of()).text();
  }

  /** Fills a template; every placeholder must be given, and every argument used. */
  public Fragment fill(String key, Map<String, Fragment> args) {
    String template = templates.get(key);
    if (template == null) {
      throw new IllegalStateException("文字模板缺少键 " + key);
    }
    Fragment out = Fragment.empty();
    int i = 0;
    java.util.Set<String> used = new java.util.HashSet<>();
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        out = out.plus(Fragment.of(template.substring(i)));
        break;
      }
      int close = template.indexOf('}', open);
      String name = template.substring(open + 1, close);
      Fragment arg = args.get(name);
      if (arg == null) {
        throw new IllegalStateException("文字模板 " + key + " 的占位符 {" + name + "} 没有给值");
      }
      used.add(name);
      out = out.plus(Fragment.of(template.substring(i, open))).plus(arg);
      i = close + 1;
    }
    if (!used.containsAll(args.keySet())) {
      throw new IllegalStateException("文字模板 " + key + " 没有用到全部参数: " + args.keySet());
    }
    return out;
  }
}
