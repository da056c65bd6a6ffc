package io.juesuan.core.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Text written only when it is read. When only the placeholders for missing inputs are wanted
 * ({@link NarrativeWriter#pendingTexts}), a fill or a figure that cannot hold one is not written:
 * it stands in the text as a token (private-use characters around a random key and its number, so
 * that no filer's text can pass for one) and is written, with the tokens it holds in turn, only for
 * the few sentences that hold a placeholder. The writer's decisions (which sentence, which wording)
 * are taken as when writing the whole text; only the writing of the words is put off.
 */
final class DeferredText {
  private static final char OPEN = '\uE000';
  private static final char CLOSE = '\uE001';

  /**
   * Random for each run of the program, so that no filer's text can pass for a token; the tokens
   * themselves are kept, the same for every writing.
   */
  private static final String KEY = key();

  private static volatile Fragment[] tokens = new Fragment[0];

  private final List<Supplier<String>> parts = new ArrayList<>();
  private final List<String> written = new ArrayList<>();

  private static String key() {
    char[] k = new char[4];
    var random = java.util.concurrent.ThreadLocalRandom.current();
    for (int i = 0; i < k.length; i++) {
      k[i] = (char) random.nextInt(0xE100, 0xF900);
    }
    return OPEN + new String(k);
  }

  /** A token standing for the text {@code write} makes. */
  Fragment defer(Supplier<String> write) {
    parts.add(write);
    written.add(null);
    return token(parts.size() - 1);
  }

  private static Fragment token(int index) {
    Fragment[] known = tokens;
    if (index < known.length) {
      return known[index];
    }
    synchronized (DeferredText.class) {
      known = tokens;
      if (index >= known.length) {
        Fragment[] more = java.util.Arrays.copyOf(known, Math.max(256, index * 2));
        for (int i = known.length; i < more.length; i++) {
          more[i] = Fragment.of(KEY + i + CLOSE);
        }
        tokens = more;
        known = more;
      }
    }
    return known[index];
  }

  /** The text with every token replaced by what it stands for. */
  String expand(String text) {
    int open = text.indexOf(OPEN);
    if (open < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() * 2);
    int from = 0;
    while (open >= 0) {
      int close = text.indexOf(CLOSE, open + 1);
      int index = close < 0 ? -1 : index(text, open + 1, close);
      if (index < 0) {
        // not a token of ours: kept as it is
        out.append(text, from, open + 1);
        from = open + 1;
      } else {
        out.append(text, from, open).append(part(index));
        from = close + 1;
      }
      open = text.indexOf(OPEN, from);
    }
    return out.append(text, from, text.length()).toString();
  }

  private String part(int index) {
    String known = written.get(index);
    if (known == null) {
      known = expand(parts.get(index).get());
      written.set(index, known);
    }
    return known;
  }

  private int index(String text, int from, int to) {
    int digits = from + KEY.length() - 1;
    if (to <= digits || to - digits > 9 || !text.startsWith(KEY, from - 1)) {
      return -1;
    }
    int n = 0;
    for (int i = digits; i < to; i++) {
      char ch = text.charAt(i);
      if (ch < '0' || ch > '9') {
        return -1;
      }
      n = n * 10 + (ch - '0');
    }
    return n < parts.size() ? n : -1;
  }
}
