package io.juesuan.render.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The code-to-Unicode entries of a {@code ToUnicode} CMap: {@code bfchar} pairs and {@code bfrange}
 * triples (a first destination incremented along the range, or an array of destinations), the
 * destinations in UTF-16BE. Empty for a map that refers to another ({@code usecmap}) or has an
 * entry not read here.
 */
final class ToUnicodeMap {
  /** A range longer than this is not a range of a font's codes. */
  private static final int MAX_RANGE = 0xFFFF;

  private ToUnicodeMap() {}

  static Optional<Map<Integer, String>> parse(byte[] cmap) {
    Map<Integer, String> out = new HashMap<>();
    Tokens tokens = new Tokens(cmap);
    List<Object> entry = new ArrayList<>();
    String section = "";
    Object t;
    while ((t = tokens.next()) != null) {
      if (t instanceof Tokens.Operator op) {
        switch (op.name()) {
          case "usecmap" -> {
            return Optional.empty();
          }
          case "beginbfchar", "beginbfrange" -> section = op.name();
          case "endbfchar", "endbfrange" -> section = "";
          default -> {
            // the map's header and code space
          }
        }
        entry.clear();
        continue;
      }
      if (section.isEmpty()) {
        continue;
      }
      entry.add(t);
      boolean bfchar = section.equals("beginbfchar");
      if (entry.size() == (bfchar ? 2 : 3)) {
        if (!(bfchar ? bfchar(entry, out) : bfrange(entry, out))) {
          return Optional.empty();
        }
        entry.clear();
      }
    }
    return Optional.of(out);
  }

  private static boolean bfchar(List<Object> entry, Map<Integer, String> out) {
    if (!(entry.get(0) instanceof byte[] src) || !(entry.get(1) instanceof byte[] dst)) {
      return false;
    }
    out.put(code(src), utf16(dst));
    return true;
  }

  private static boolean bfrange(List<Object> entry, Map<Integer, String> out) {
    if (!(entry.get(0) instanceof byte[] lo) || !(entry.get(1) instanceof byte[] hi)) {
      return false;
    }
    int from = code(lo);
    int to = code(hi);
    if (to < from || to - from > MAX_RANGE) {
      return false;
    }
    if (entry.get(2) instanceof byte[] dst) {
      char[] chars = utf16(dst).toCharArray();
      if (chars.length == 0) {
        return false;
      }
      for (int c = from; c <= to; c++) {
        out.put(c, new String(chars));
        chars[chars.length - 1]++; // the last unit counts up along the range
      }
      return true;
    }
    if (entry.get(2) instanceof List<?> list && list.size() == to - from + 1) {
      for (int c = from; c <= to; c++) {
        if (!(list.get(c - from) instanceof byte[] dst)) {
          return false;
        }
        out.put(c, utf16(dst));
      }
      return true;
    }
    return false;
  }

  private static int code(byte[] bytes) {
    int c = 0;
    for (byte x : bytes) {
      c = c << 8 | x & 0xFF;
    }
    return c;
  }

  private static String utf16(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_16BE);
  }
}
