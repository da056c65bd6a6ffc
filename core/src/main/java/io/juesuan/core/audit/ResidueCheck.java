package io.juesuan.core.audit;

import io.juesuan.core.narrative.Section;
import io.juesuan.core.narrative.Sentence;
import io.juesuan.core.rules.Location;
import java.util.regex.Matcher;

/** 模板残留: every instruction, unfilled choice or blank of the template left in the published text. */
final class ResidueCheck {
  private ResidueCheck() {}

  static void run(PublishedReport report, AuditData data, AuditLog log) {
    for (Section section : report.narrative().sections()) {
      String label = section.id() + (section.title().isEmpty() ? "" : " " + section.title());
      scan(label, section.title(), data, log);
      for (Sentence s : section.sentences()) {
        scan(label, s.text(), data, log);
      }
    }
  }

  private static void scan(String section, String text, AuditData data, AuditLog log) {
    for (AuditData.Residue r : data.residue) {
      log.ran(r.id());
      if (!r.mayMatch(text)) {
        continue;
      }
      Matcher m = r.pattern().matcher(text);
      while (m.find()) {
        String found = m.group();
        log.compared(
            r.id(),
            r.severity(),
            new Location.Narrative(section, text),
            "（删除或按实际填写）",
            found.length() > 60 ? found.substring(0, 60) + "…" : found,
            null,
            r.message() + "：“" + abbreviate(found) + "”");
      }
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
