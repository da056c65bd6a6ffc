package io.juesuan.importer.narrative;

import io.juesuan.core.audit.FigureScanner;
import io.juesuan.core.narrative.Narrative;
import io.juesuan.core.narrative.Section;
import io.juesuan.core.narrative.Sentence;
import io.juesuan.importer.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text outside the tables as sections ("第三部分", "五", "五(三)") of sentences, each with the
 * figures it cites. Line breaks inside sentences are joined; a part heading starts a section of its
 * own so that "一" of 第三部分 is told from "一" of 第一部分.
 */
public final class NarrativeReader {
  private static final Pattern PART = Pattern.compile("^(第[一二三四五六七八九十]部分)(.{0,60})$");
  private static final Pattern H1 = Pattern.compile("^([一二三四五六七八九十]{1,3})[、.．](.{0,40})$");
  private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})[.、．](\\D{2,30})$");
  private static final Pattern H2 = Pattern.compile("^[（(]([一二三四五六七八九十]{1,3})[)）](.{0,40})$");

  /** How a complete heading ends; a heading line ending otherwise may be wrapped onto the next. */
  private static final Pattern HEADING_END =
      Pattern.compile("(说明|情况|概况|分析|结果|措施|职责|设置|问题|原因|成效|解释|[)）”\\d])$");

  private static final Pattern CONTINUATION = Pattern.compile("^[^0-9。；;：:，,！？!?]{1,30}$");
  private static final Pattern SENTENCE = Pattern.compile("[^。！？!?]+[。！？!?]?");
  private static final Pattern NOT_A_TITLE = Pattern.compile(".*[（(][类款项][)）].*|.*[，,、].*");
  private static final Pattern BETWEEN_DIGITS = Pattern.compile("(?<=\\d)\\s+(?=\\d)");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private NarrativeReader() {}

  public static Narrative read(List<Line> lines) {
    List<Section> sections = new ArrayList<>();
    String id = "";
    String title = "";
    String h1 = "";
    StringBuilder body = new StringBuilder();
    boolean titlePending = false;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      String c = line.compact();
      if (c.isEmpty()) {
        continue;
      }
      Matcher part = PART.matcher(c);
      Matcher m1 = H1.matcher(c);
      Matcher m2 = H2.matcher(c);
      boolean heading = isHeading(c);
      if (part.find()) {
        flush(sections, id, title, body);
        id = part.group(1);
        title = c;
        h1 = "";
        titlePending = false;
        continue;
      } else if (heading && m1.find()) {
        flush(sections, id, title, body);
        h1 = m1.group(1);
        id = h1;
        title = m1.group(2);
        titlePending = title.isEmpty();
      } else if (heading && m2.find()) {
        flush(sections, id, title, body);
        id = h1 + "(" + m2.group(1) + ")";
        title = m2.group(2);
        titlePending = title.isEmpty();
      } else if (heading && isNumberedHeading(c)) {
        Matcher n = NUMBERED.matcher(c);
        n.find();
        flush(sections, id, title, body);
        id = h1.isEmpty() ? n.group(1) : h1 + "(" + n.group(1) + ")";
        title = n.group(2);
      } else if (titlePending) {
        title = c;
        titlePending = false;
      } else {
        body.append(line.text()).append('\n');
        continue;
      }
      int next = wrappedTitle(lines, i, title);
      for (int j = i + 1; j <= next; j++) {
        title = title + lines.get(j).compact();
      }
      i = next;
    }
    flush(sections, id, title, body);
    return new Narrative(sections);
  }

  /**
   * "1.收入决算情况说明": a heading numbered with digits, told from a numbered item ("1.一般公共服务支出(类)…",
   * "1.因公出国(境)费…") by ending as headings do and naming no classification.
   */
  private static boolean isNumberedHeading(String c) {
    Matcher n = NUMBERED.matcher(c);
    return n.find()
        && HEADING_END.matcher(n.group(2)).find()
        && !NOT_A_TITLE.matcher(n.group(2)).matches();
  }

  private static boolean isHeading(String c) {
    return !c.contains("：") && !c.contains("。") && !c.contains("；");
  }

  /**
   * A heading wrapped over lines ("六、一般公共预算财政拨" / "款支出决算情况说明"): when the heading is long enough to
   * have been wrapped, does not end as headings do and up to three short phrases after it complete
   * it, the index of the last of them; otherwise {@code at}.
   */
  private static int wrappedTitle(List<Line> lines, int at, String title) {
    if (title.length() < 8 || HEADING_END.matcher(title).find()) {
      return at;
    }
    StringBuilder joined = new StringBuilder(title);
    int seen = 0;
    for (int j = at + 1; j < lines.size() && seen < 3; j++) {
      String c = lines.get(j).compact();
      if (c.isEmpty()) {
        continue;
      }
      if (!CONTINUATION.matcher(c).matches()
          || H1.matcher(c).find()
          || H2.matcher(c).find()
          || joined.length() + c.length() > 50) {
        return at;
      }
      joined.append(c);
      seen++;
      if (HEADING_END.matcher(joined).find()) {
        return j;
      }
    }
    return at;
  }

  private static void flush(List<Section> sections, String id, String title, StringBuilder body) {
    String text = normalise(body.toString());
    body.setLength(0);
    if (text.isEmpty() && id.isEmpty()) {
      return;
    }
    List<Sentence> sentences = new ArrayList<>();
    Matcher m = SENTENCE.matcher(text);
    while (m.find()) {
      String s = m.group().trim();
      if (!s.isEmpty() && !s.equals("。")) {
        sentences.add(new Sentence(s, FigureScanner.scan(s)));
      }
    }
    sections.add(new Section(id.isEmpty() ? "前言" : id, title, sentences));
  }

  /** Joins lines: whitespace goes, except one space between two digits. */
  public static String normalise(String text) {
    String t = text.replace('\u3000', ' ');
    t = BETWEEN_DIGITS.matcher(t).replaceAll("\u0001");
    t = WHITESPACE.matcher(t).replaceAll("");
    return t.replace('\u0001', ' ');
  }
}
