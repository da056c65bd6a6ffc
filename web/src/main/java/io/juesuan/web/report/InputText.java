package io.juesuan.web.report;

import io.juesuan.core.report.FinalAccounts;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * 输入规范化: characters that copy-paste brings along but no report means — zero-width spaces and
 * joiners, the word joiner, byte-order marks, soft hyphens, bidirectional controls and control
 * characters (line breaks and tabs stay) — are removed from every text of a department-year as it
 * is saved, and what was removed is counted for a note in the trail.
 */
final class InputText {
  private InputText() {}

  /**
   * The accounts without those characters, and one Chinese note per kind removed (empty if none).
   */
  record Cleaned(FinalAccounts accounts, List<String> notes) {}

  static Cleaned clean(FinalAccounts a) {
    Map<String, Integer> removed = new TreeMap<>();
    FinalAccounts cleaned = (FinalAccounts) walk(a, removed);
    List<String> notes = new ArrayList<>();
    removed.forEach((kind, n) -> notes.add(kind + " " + n + " 个"));
    return new Cleaned(removed.isEmpty() ? a : cleaned, notes);
  }

  /** The text without the removed characters; counts them by kind into {@code removed}. */
  static String clean(String s, Map<String, Integer> removed) {
    StringBuilder b = null;
    String text = s.replace("\r\n", "\n");
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      Optional<String> kind = removable(cp);
      if (kind.isPresent()) {
        if (b == null) {
          b = new StringBuilder(text.substring(0, i));
        }
        removed.merge(kind.get(), 1, Integer::sum);
      } else if (b != null) {
        b.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return b == null ? text : b.toString();
  }

  static Optional<String> removable(int cp) {
    if (cp == '\n' || cp == '\t') {
      return Optional.empty();
    }
    if (cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF) {
      return Optional.of("零宽字符");
    }
    if (cp == 0x00AD) {
      return Optional.of("软连字符");
    }
    if ((cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069)
        || cp == 0x200E
        || cp == 0x200F) {
      return Optional.of("文字方向控制符");
    }
    if (Character.getType(cp) == Character.CONTROL) {
      return Optional.of("控制字符");
    }
    return Optional.empty();
  }

  private static Object walk(Object value, Map<String, Integer> removed) {
    if (value instanceof String s) {
      return clean(s, removed);
    }
    if (value instanceof Optional<?> o) {
      return o.map(v -> walk(v, removed));
    }
    if (value instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      l.forEach(v -> out.add(walk(v, removed)));
      return out;
    }
    if (value instanceof Map<?, ?> m) {
      Map<Object, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(k, walk(v, removed)));
      return out;
    }
    if (value instanceof Record r) {
      return rebuild(r, removed);
    }
    return value;
  }

  private static Object rebuild(Record r, Map<String, Integer> removed) {
    RecordComponent[] components = r.getClass().getRecordComponents();
    if (!r.getClass().getPackageName().startsWith("io.juesuan.core")) {
      return r;
    }
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    boolean changed = false;
    try {
      for (int i = 0; i < components.length; i++) {
        Object before = components[i].getAccessor().invoke(r);
        values[i] = walk(before, removed);
        types[i] = components[i].getType();
        changed |= !java.util.Objects.equals(before, values[i]);
      }
      if (!changed) {
        return r;
      }
      Constructor<?> c = r.getClass().getDeclaredConstructor(types);
      return c.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("无法规范化 " + r.getClass().getSimpleName(), e);
    }
  }
}
