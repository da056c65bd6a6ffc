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
  private static final Pattern H1 = Pattern.compile("^([一二三四五六七八九十]{1,3})、(.{0,40})$");
  private static final Pattern H2 = Pattern.compile("^[（(]([一二三四五六七八九十]{1,3})[)）](.{0,40})$");
  private static final Pattern SENTENCE = Pattern.compile("[^。！？!?]+[。！？!?]?");

  private NarrativeReader() {}

  public static Narrative read(List<Line> lines) {
    List<Section> sections = new ArrayList<>();
    String id = "";
    String title = "";
    String h1 = "";
    StringBuilder body = new StringBuilder();
    boolean titlePending = false;
    for (Line line : lines) {
      String c = line.compact();
      if (c.isEmpty()) {
        continue;
      }
      Matcher part = PART.matcher(c);
      Matcher m1 = H1.matcher(c);
      Matcher m2 = H2.matcher(c);
      boolean heading = !c.contains("：") && !c.contains("。") && !c.contains("；");
      if (part.find()) {
        flush(sections, id, title, body);
        id = part.group(1);
        title = c;
        h1 = "";
        titlePending = false;
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
      } else if (titlePending) {
        title = c;
        titlePending = false;
      } else {
        body.append(line.text()).append('\n');
      }
    }
    flush(sections, id, title, body);
    return new Narrative(sections);
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
    t = t.replaceAll("(?<=\\d)\\s+(?=\\d)", "\u0001");
    t = t.replaceAll("\\s+", "");
    return t.replace('\u0001', ' ');
  }
}
