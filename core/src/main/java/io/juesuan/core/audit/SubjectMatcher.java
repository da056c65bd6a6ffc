package io.juesuan.core.audit;

import io.juesuan.core.table.RowLayout;
import io.juesuan.core.table.TableId;
import io.juesuan.core.table.TableLayout;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * What an amount in a sentence is about: the claim of its section whose words end closest before
 * it, or (in 基本支出 sections) the 06表 经济分类 item it names.
 */
final class SubjectMatcher {
  private final AuditData data;
  private final List<RowLayout> economic;

  SubjectMatcher(AuditData data) {
    this.data = data;
    this.economic = data.layouts.find(TableId.of("06")).map(TableLayout::rows).orElse(List.of());
  }

  /**
   * A recognised subject: the cell it must equal, share base, budget cell, severity, where its
   * words end.
   */
  record Match(
      String cell,
      Optional<String> shareBase,
      Optional<String> budget,
      io.juesuan.core.rules.Severity severity,
      int end,
      String words,
      Optional<java.util.regex.Pattern> atMostWhen) {}

  Optional<Match> match(String sectionKey, String subject) {
    Match best = null;
    for (AuditData.Claim c : data.claims) {
      if (!c.section().equals(sectionKey)) {
        continue;
      }
      Matcher m = c.subject().matcher(subject);
      while (m.find()) {
        if (best == null
            || m.end() > best.end()
            || (m.end() == best.end() && m.group().length() > best.words().length())) {
          best =
              new Match(
                  c.cell(),
                  c.shareBase(),
                  c.budget(),
                  c.severity(),
                  m.end(),
                  m.group(),
                  c.atMostWhen());
        }
      }
    }
    if (sectionKey.equals("basic")) {
      String norm = subject.replace('（', '(').replace('）', ')');
      for (RowLayout r : economic) {
        String label = r.label().replace('（', '(').replace('）', ')');
        int at = label.length() >= 2 ? norm.lastIndexOf(label) : -1;
        if (at >= 0
            && (best == null
                || at + label.length() > best.end()
                || (at + label.length() == best.end() && label.length() > best.words().length()))) {
          best =
              new Match(
                  "06." + r.no().value(),
                  Optional.empty(),
                  Optional.empty(),
                  io.juesuan.core.rules.Severity.ERROR,
                  at + label.length(),
                  label,
                  Optional.empty());
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
