package io.juesuan.core.audit;

import io.juesuan.core.narrative.Narrative;
import io.juesuan.core.narrative.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The sections of 第三部分 情况说明 with the key of the requirement each one answers (收入决算, 三公 …), found by
 * title; a subsection without a recognisable title takes its parent's key. When a report has no
 * part headings at all, every section counts.
 */
final class SectionWalk {
  private static final Pattern PART = Pattern.compile("第[一二三四五六七八九十]部分");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern TITLE_PREFIX =
      Pattern.compile("^((19|20)\\d{2}年度?)?(本部门|部门|本单位|单位)?((19|20)\\d{2}年度?)?");

  private SectionWalk() {}

  /** A section of 情况说明 and the requirement it answers. */
  record Keyed(Section section, String key) {
    String label() {
      return section.id() + (section.title().isEmpty() ? "" : " " + section.title());
    }
  }

  static List<Keyed> explanation(Narrative narrative, AuditData data) {
    boolean hasParts = narrative.sections().stream().anyMatch(SectionWalk::isPart);
    List<Keyed> out = new ArrayList<>();
    boolean inPart3 = !hasParts;
    String parentKey = "";
    for (Section s : narrative.sections()) {
      if (isPart(s)) {
        inPart3 = s.id().equals("第三部分");
        parentKey = "";
        continue;
      }
      if (!inPart3) {
        continue;
      }
      Optional<String> key = keyOf(s.title(), data);
      boolean sub = s.id().contains("(");
      String k = key.orElse(sub ? parentKey : "");
      if (!sub) {
        parentKey = k;
      }
      out.add(new Keyed(s, k));
    }
    return out;
  }

  static boolean isPart(Section s) {
    return PART.matcher(s.id()).matches();
  }

  static Optional<String> keyOf(String title, AuditData data) {
    String t = TITLE_PREFIX.matcher(WHITESPACE.matcher(title).replaceAll("")).replaceFirst("");
    return data.sections.stream()
        .filter(r -> r.title().matcher(t).find())
        .map(AuditData.SectionRule::key)
        .findFirst();
  }
}
