package io.juesuan.render.correction;

import java.util.List;
import java.util.Objects;

/**
 * 更正说明 — what the corrected document changed against the published report, each change with the
 * rule and the table cell that decides it, and what Juesuan could not correct (the to-do list).
 *
 * @param source the published report's file name
 * @param changes every sentence or figure changed, before → after
 * @param kept findings the corrected document keeps as printed (the tables are not changed)
 * @param todo what only the department can supply: missing tables, unreadable cells, texts
 */
public record CorrectionNote(
    String department,
    int fiscalYear,
    String edition,
    String source,
    List<Change> changes,
    List<String> kept,
    List<String> todo) {

  public CorrectionNote {
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(source, "source");
    changes = List.copyOf(changes);
    kept = List.copyOf(kept);
    todo = List.copyOf(todo);
  }

  /**
   * One correction.
   *
   * @param where section (or table) of the published report
   * @param before the sentence as published
   * @param after the sentence in the corrected document (empty: removed)
   * @param rule the rule id (N-AMOUNT, N-SHARE …)
   * @param basis what decides it: the finding's message naming the table cell
   * @param severity 错误 / 警告 / 尾数差异
   */
  public record Change(
      String where, String before, String after, String rule, String basis, String severity) {
    public Change {
      Objects.requireNonNull(where, "where");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(basis, "basis");
      Objects.requireNonNull(severity, "severity");
    }
  }
}
