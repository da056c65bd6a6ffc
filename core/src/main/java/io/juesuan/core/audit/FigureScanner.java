package io.juesuan.core.audit;

import io.juesuan.core.narrative.CitedFigure;
import io.juesuan.core.narrative.FigureKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures a sentence cites — amounts in 万元, percentages, years, counts, direction words
 * and classification names "…(类)…(款)…(项)" — in order of appearance, unbound. Works on text whose
 * line breaks were already joined.
 */
public final class FigureScanner {
  private static final Pattern EDGE_MARKS = Pattern.compile("^[、“”]+|[、“”]+$");
  private static final String NUM = "(-?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|-?\\d+(?:\\.\\d+)?)";
  private static final Pattern AMOUNT =
      Pattern.compile(NUM + "\\s*万\\s*元|" + NUM + "\\s*万(?=[（(，,。；;）)])");
  private static final Pattern YUAN = Pattern.compile(NUM + "\\s*元");
  private static final Pattern YI_YUAN = Pattern.compile(NUM + "\\s*亿\\s*元");
  private static final Pattern PERCENT = Pattern.compile(NUM + "\\s*[%％]");
  private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
  private static final Pattern COUNT =
      Pattern.compile("(?<![\\d.])(\\d+)\\s*(人次|批次|团组|个|辆|台|次|件|篇|期|条|家|项|人|套|批)");
  private static final Pattern DIRECTION = Pattern.compile("增加|减少|持平|大于|小于|等于|增长|下降|降低|上升");
  private static final String PART = "[\\u4e00-\\u9fa5（）()、“”]{1,40}?";
  private static final Pattern NAME =
      Pattern.compile(
          "([\\u4e00-\\u9fa5、“”]{2,30}?)[（(]类[）)](?:("
              + PART
              + ")[（(]款[）)])?(?:("
              + PART
              + ")[（(]项[）)])?");

  private FigureScanner() {}

  public static List<CitedFigure> scan(String sentence) {
    List<Hit> hits = new ArrayList<>();
    // a pattern runs only on a sentence holding the characters every match of it needs
    if (hasDigit(sentence)) {
      if (sentence.indexOf('万') >= 0) {
        add(hits, AMOUNT, sentence, FigureKind.AMOUNT);
      }
      if (sentence.indexOf('元') >= 0) {
        addScaled(hits, YUAN, sentence, -4);
      }
      if (sentence.indexOf('亿') >= 0) {
        addScaled(hits, YI_YUAN, sentence, 4);
      }
      if (sentence.indexOf('%') >= 0 || sentence.indexOf('％') >= 0) {
        add(hits, PERCENT, sentence, FigureKind.PERCENT);
      }
      if (sentence.indexOf('年') >= 0) {
        add(hits, YEAR, sentence, FigureKind.YEAR);
      }
      add(hits, COUNT, sentence, FigureKind.COUNT);
    }
    add(hits, DIRECTION, sentence, FigureKind.DIRECTION);
    if (sentence.indexOf('类') >= 0) {
      addNames(hits, sentence);
    }
    hits.sort(Comparator.comparingInt(Hit::start).thenComparingInt(h -> -h.end()));
    List<CitedFigure> out = new ArrayList<>();
    int covered = -1;
    for (Hit h : hits) {
      if (h.start() < covered) {
        continue;
      }
      covered = h.end();
      out.add(h.figure());
    }
    return out;
  }

  /** Whether the text holds an ASCII digit, as every number the patterns read starts with. */
  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private static void add(List<Hit> hits, Pattern p, String s, FigureKind kind) {
    Matcher m = p.matcher(s);
    while (m.find()) {
      String number = firstGroup(m);
      Optional<BigDecimal> value = Optional.empty();
      int decimals = 0;
      if (kind != FigureKind.DIRECTION && kind != FigureKind.NAME && number != null) {
        String plain = number.replace(",", "");
        value = Optional.of(new BigDecimal(plain));
        int dot = plain.indexOf('.');
        decimals = dot < 0 ? 0 : plain.length() - dot - 1;
      }
      hits.add(new Hit(m.start(), m.end(), CitedFigure.unbound(kind, m.group(), value, decimals)));
    }
  }

  /** The longest name of a 类 {@link #NAME} reads before its "(类)". */
  private static final int CATEGORY_NAME = 30;

  /**
   * The classification names, as {@link #add} finds them, with each search started no further than
   * {@link #CATEGORY_NAME} characters before the next "(类)": a name cannot start earlier, and the
   * pattern's lazy name would otherwise be tried at every character of a long sentence.
   */
  private static void addNames(List<Hit> hits, String s) {
    Matcher m = NAME.matcher(s);
    int from = 0;
    while (true) {
      int marker = categoryMarker(s, from);
      if (marker < 0 || !m.find(Math.max(from, marker - CATEGORY_NAME))) {
        return;
      }
      hits.add(
          new Hit(
              m.start(),
              m.end(),
              CitedFigure.unbound(FigureKind.NAME, m.group(), Optional.empty(), 0)));
      from = m.end();
    }
  }

  /** Where the first "(类)" (either kind of parentheses) at or after {@code from} starts, or -1. */
  static int categoryMarker(String s, int from) {
    for (int i = s.indexOf('类', from + 1); i >= 0; i = s.indexOf('类', i + 1)) {
      if (i + 1 < s.length()
          && isOpening(s.charAt(i - 1))
          && (s.charAt(i + 1) == '）' || s.charAt(i + 1) == ')')) {
        return i - 1;
      }
    }
    return -1;
  }

  private static boolean isOpening(char c) {
    return c == '（' || c == '(';
  }

  /**
   * Amounts printed in 元 or 亿元, as 万元 ({@code shift} decimal places): "9,907,500元" is 990.7500 万元
   * with 4 decimals, more precise than the tables' 0.01.
   */
  private static void addScaled(List<Hit> hits, Pattern p, String s, int shift) {
    Matcher m = p.matcher(s);
    while (m.find()) {
      String plain = firstGroup(m).replace(",", "");
      int dot = plain.indexOf('.');
      int printed = dot < 0 ? 0 : plain.length() - dot - 1;
      BigDecimal value = new BigDecimal(plain).movePointRight(shift);
      int decimals = Math.max(0, printed - shift);
      hits.add(
          new Hit(
              m.start(),
              m.end(),
              CitedFigure.unbound(
                  FigureKind.AMOUNT, m.group(), Optional.of(value.setScale(decimals)), decimals)));
    }
  }

  private static String firstGroup(Matcher m) {
    for (int i = 1; i <= m.groupCount(); i++) {
      if (m.group(i) != null) {
        return m.group(i);
      }
    }
    return null;
  }

  /** The parts of a classification name figure: 类, 款, 项 (empty strings where not given). */
  public static List<String> nameParts(String text) {
    Matcher m = NAME.matcher(text);
    if (!m.find()) {
      return List.of("", "", "");
    }
    return List.of(trim(m.group(1)), trim(m.group(2)), trim(m.group(3)));
  }

  private static String trim(String s) {
    return s == null ? "" : EDGE_MARKS.matcher(s).replaceAll("");
  }

  private record Hit(int start, int end, CitedFigure figure) {}
}
