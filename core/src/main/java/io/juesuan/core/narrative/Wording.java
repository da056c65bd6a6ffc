package io.juesuan.core.narrative;

import io.juesuan.core.JuesuanException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 文字模板 — the wording of an edition's report, read from its {@code wording} resource ({@code key =
 * text} per line, {@code {name}} placeholders); an edition that names a base gives only the keys it
 * changes ({@code -key} drops one of the base's). The writer picks the key for the case the data is
 * in (increase, decrease, flat, zero, missing), so wording never carries alternatives such as
 * "增加(减少)" for a person to strike out.
 */
public final class Wording {
  private final Map<String, String> templates;

  private Wording(Map<String, String> templates) {
    this.templates = Collections.unmodifiableMap(templates);
  }

  public static Wording empty() {
    return new Wording(Map.of());
  }

  /**
   * Parses wording lines; keys given here replace the base's.
   *
   * @param name the resource's name, for messages
   */
  public static Wording parse(String name, List<String> lines, Wording base) {
    Map<String, String> t = new LinkedHashMap<>(base.templates);
    java.util.Set<String> here = new java.util.HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("-") && line.indexOf('=') < 0) {
        if (t.remove(line.substring(1).trim()) == null) {
          throw new JuesuanException(
              name + " 第" + (i + 1) + "行: 基础版本没有要删除的键 " + line.substring(1).trim());
        }
        continue;
      }
      int eq = line.indexOf('=');
      if (eq <= 0) {
        throw new JuesuanException(name + " 第" + (i + 1) + "行: 应为 key = 文字");
      }
      String key = line.substring(0, eq).trim();
      if (!here.add(key)) {
        throw new JuesuanException(name + " 第" + (i + 1) + "行: 重复的键 " + key);
      }
      t.put(key, line.substring(eq + 1).trim());
    }
    return new Wording(t);
  }

  /** Whether the wording has a template for the key. */
  public boolean has(String key) {
    return templates.containsKey(key);
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
