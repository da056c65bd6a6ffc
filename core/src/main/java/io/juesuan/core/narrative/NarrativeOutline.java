package io.juesuan.core.narrative;

import io.juesuan.core.JuesuanException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 报告结构 — how an edition orders and numbers its document, read from the edition's {@code outline}
 * resource: the parts of the document ({@code part<TAB>key}: overview, tables, explanation,
 * keyWork, glossary, annex; numbered 第一部分 …) and the sections of 情况说明 ({@code section<TAB>key},
 * numbered 一、二、…; {@code group<TAB>key} opens a numbered section whose title is the wording's
 * {@code key.title}, and the {@code member<TAB>key} lines after it become its （一）（二）…), and the
 * charts ({@code chart<TAB>key}: a chart after that section, numbered 图1 …). The writers produce
 * sections under stable keys ("gpb", "gpb.2"); the outline gives them their printed numbers.
 */
public final class NarrativeOutline {
  /** A part of the document, with its wording key for the title. */
  public record Part(String key) {
    public Part {
      Objects.requireNonNull(key, "key");
    }

    public String titleKey() {
      return "part." + key + ".title";
    }
  }

  private record Entry(String key, boolean group, List<String> members) {}

  private final List<Part> parts;
  private final List<Entry> sections;
  private final List<String> charts;

  private NarrativeOutline(List<Part> parts, List<Entry> sections, List<String> charts) {
    this.parts = List.copyOf(parts);
    this.sections = List.copyOf(sections);
    this.charts = List.copyOf(charts);
  }

  /**
   * @param name the resource's name, for messages
   */
  public static NarrativeOutline parse(String name, List<String> lines) {
    List<Part> parts = new ArrayList<>();
    List<Entry> sections = new ArrayList<>();
    List<String> charts = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      String where = name + " 第" + (i + 1) + "行";
      if (f.length != 2) {
        throw new JuesuanException(where + ": 应为“指令<TAB>键”");
      }
      switch (f[0]) {
        case "part" -> parts.add(new Part(f[1]));
        case "chart" -> charts.add(f[1]);
        case "section" -> sections.add(new Entry(f[1], false, new ArrayList<>()));
        case "group" -> sections.add(new Entry(f[1], true, new ArrayList<>()));
        case "member" -> {
          if (sections.isEmpty() || !sections.get(sections.size() - 1).group()) {
            throw new JuesuanException(where + ": member 应在 group 之后");
          }
          sections.get(sections.size() - 1).members().add(f[1]);
        }
        default -> throw new JuesuanException(where + ": 未知指令 " + f[0]);
      }
    }
    return new NarrativeOutline(parts, sections, charts);
  }

  public List<Part> parts() {
    return parts;
  }

  /** "第三部分 " for the part of that key (1-based position among the parts). */
  public String partNumber(String key) {
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i).key().equals(key)) {
        return "第" + ChineseNumerals.of(i + 1) + "部分 ";
      }
    }
    throw new IllegalArgumentException("报告结构中没有部分 " + key);
  }

  public boolean hasPart(String key) {
    return parts.stream().anyMatch(p -> p.key().equals(key));
  }

  /** The sections a chart follows, in order (图1 after the first). */
  public List<String> charts() {
    return charts;
  }

  /** The printed number of a section ("一", or "十一(二)" for a group member). */
  public String idOf(String key) {
    int n = 0;
    for (Entry e : sections) {
      n++;
      if (!e.group() && e.key().equals(key)) {
        return ChineseNumerals.of(n);
      }
      if (e.group() && e.members().contains(key)) {
        return ChineseNumerals.of(n) + "(" + ChineseNumerals.of(e.members().indexOf(key) + 1) + ")";
      }
    }
    throw new IllegalArgumentException("报告结构中没有章节 " + key);
  }

  /** Every section key the outline places (top-level and group members). */
  public List<String> sectionKeys() {
    List<String> out = new ArrayList<>();
    for (Entry e : sections) {
      if (e.group()) {
        out.addAll(e.members());
      } else {
        out.add(e.key());
      }
    }
    return out;
  }

  /**
   * Orders and numbers the written sections: ids become the printed numbers ("五", "五(三)") and
   * titles get their numbering ("五、", "（三）"). Subsections are written under "key.n" and keep their
   * writer's order. A section the outline does not place is appended, never lost.
   */
  public List<Section> number(List<Section> written, Wording wording) {
    Map<String, List<Section>> byKey = new LinkedHashMap<>();
    for (Section s : written) {
      String top = s.id().contains(".") ? s.id().substring(0, s.id().indexOf('.')) : s.id();
      byKey.computeIfAbsent(top, k -> new ArrayList<>()).add(s);
    }
    List<Section> out = new ArrayList<>();
    int n = 0;
    for (Entry e : sections) {
      if (e.group()) {
        String num = ChineseNumerals.of(++n);
        out.add(new Section(num, num + "、" + wording.text(e.key() + ".title"), List.of()));
        int m = 0;
        for (String member : e.members()) {
          List<Section> parts = byKey.remove(member);
          if (parts == null) {
            continue;
          }
          String sub = num + "(" + ChineseNumerals.of(++m) + ")";
          emit(out, parts, sub, "（" + ChineseNumerals.of(m) + "）", true);
        }
        continue;
      }
      List<Section> parts = byKey.remove(e.key());
      if (parts != null) {
        String num = ChineseNumerals.of(++n);
        emit(out, parts, num, num + "、", false);
      }
    }
    for (List<Section> rest : byKey.values()) {
      String num = ChineseNumerals.of(++n);
      emit(out, rest, num, num + "、", false);
    }
    return out;
  }

  private static void emit(
      List<Section> out, List<Section> parts, String id, String prefix, boolean nested) {
    int sub = 0;
    for (Section s : parts) {
      if (!s.id().contains(".")) {
        out.add(new Section(id, prefix + s.title(), s.sentences()));
        continue;
      }
      sub++;
      String subId = nested ? id + sub : id + "(" + ChineseNumerals.of(sub) + ")";
      String subPrefix = nested ? sub + "." : "（" + ChineseNumerals.of(sub) + "）";
      out.add(new Section(subId, subPrefix + s.title(), s.sentences()));
    }
  }
}
