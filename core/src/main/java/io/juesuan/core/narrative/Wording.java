package io.juesuan.core.narrative;

import io.juesuan.core.JuesuanException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * 文字模板 — the wording of an edition's report, read from its {@code wording} resource ({@code key =
 * text} per line, {@code {name}} placeholders); an edition that names a base gives only the keys it
 * changes ({@code -key} drops one of the base's). The writer picks the key for the case the data is
 * in (increase, decrease, flat, zero, missing), so wording never carries alternatives such as
 * "增加(减少)" for a person to strike out.
 */
public final class Wording {
  private final Map<String, String> templates;
  private final Map<String, Template> compiled = new ConcurrentHashMap<>();
  private final Map<String, String> texts = new ConcurrentHashMap<>();

  /** The text around {@code {label}} in the {@code pending} template ("【待填写：", "】"). */
  private final String pendingStart;

  private final String pendingEnd;

  private Wording(Map<String, String> templates) {
    this.templates = Collections.unmodifiableMap(templates);
    String pending = templates.get("pending");
    int at = pending == null ? -1 : pending.indexOf("{label}");
    this.pendingStart = at <= 0 ? "" : pending.substring(0, at);
    this.pendingEnd = at <= 0 ? "" : pending.substring(at + "{label}".length());
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

  /** A template without placeholders (kept once read: glossary entries, fixed sentences). */
  public String text(String key) {
    String known = texts.get(key);
    if (known == null) {
      known = fill(key, Map.of()).text();
      texts.put(key, known);
    }
    return known;
  }

  /** Fills a template; every placeholder must be given, and every argument used. */
  public Fragment fill(String key, Map<String, Fragment> args) {
    Template t = compiled.computeIfAbsent(key, this::compile);
    String[] names = t.names();
    String[] literals = t.literals();
    Fragment[] given = new Fragment[names.length];
    int length = literals[names.length].length();
    int cited = 0;
    for (int i = 0; i < names.length; i++) {
      Fragment arg = args.get(names[i]);
      if (arg == null) {
        throw new IllegalStateException("文字模板 " + key + " 的占位符 {" + names[i] + "} 没有给值");
      }
      given[i] = arg;
      length += literals[i].length() + arg.text().length();
      cited += arg.figures().size();
    }
    if (!t.used().containsAll(args.keySet())) {
      throw new IllegalStateException("文字模板 " + key + " 没有用到全部参数: " + args.keySet());
    }
    // One array of the exact length: a builder would widen itself at the first Chinese character.
    char[] text = new char[length];
    int at = 0;
    List<CitedFigure> figures = cited == 0 ? List.of() : new ArrayList<>(cited);
    for (int i = 0; i < names.length; i++) {
      at = put(literals[i], text, at);
      at = put(given[i].text(), text, at);
      if (cited > 0) {
        figures.addAll(given[i].figures());
      }
    }
    put(literals[names.length], text, at);
    return new Fragment(new String(text), figures);
  }

  private static int put(String s, char[] into, int at) {
    s.getChars(0, s.length(), into, at);
    return at + s.length();
  }

  /**
   * The text before {@code {label}} in the {@code pending} template ("【待填写："): every placeholder of
   * the text starts with it. Empty when the wording has no such template.
   */
  String pendingMarker() {
    return pendingStart;
  }

  /** The text after {@code {label}} in the {@code pending} template ("】"). */
  String pendingMarkerEnd() {
    return pendingEnd;
  }

  /**
   * Whether filling the template always writes text of its own (it is never empty whatever its
   * arguments) and that text holds no placeholder for a missing input ({@link #pendingMarker}):
   * such a fill can be written later, when it is read, without changing what the text says.
   */
  boolean writesOwnText(String key) {
    return compiled.computeIfAbsent(key, this::compile).ownText();
  }

  /**
   * A template split once into its literal text and placeholders: literal, {name}, literal, ….
   * {@code ownText}: see {@link #writesOwnText}.
   */
  private record Template(
      String[] literals, String[] names, Set<String> used, int length, boolean ownText) {}

  private Template compile(String key) {
    String template = templates.get(key);
    if (template == null) {
      throw new IllegalStateException("文字模板缺少键 " + key);
    }
    List<String> literals = new ArrayList<>();
    List<String> names = new ArrayList<>();
    int i = 0;
    while (true) {
      int open = template.indexOf('{', i);
      int close = open < 0 ? -1 : template.indexOf('}', open);
      if (close < 0) {
        literals.add(template.substring(i));
        break;
      }
      literals.add(template.substring(i, open));
      names.add(template.substring(open + 1, close));
      i = close + 1;
    }
    String marker = pendingStart;
    boolean ownText =
        literals.stream().anyMatch(l -> !l.isEmpty())
            && (marker.isEmpty() || literals.stream().noneMatch(l -> l.contains(marker)));
    return new Template(
        literals.toArray(String[]::new),
        names.toArray(String[]::new),
        Set.copyOf(names),
        template.length() + 16 * names.size(),
        ownText);
  }
}
