package io.juesuan.core.filing;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * 修改记录 — one entry of a report's audit trail: a figure or text change (old → new), a state change,
 * or a review comment.
 */
public record ReportEvent(
    long reportId,
    Instant at,
    String actor,
    Kind kind,
    Optional<String> fieldKey,
    Optional<String> fieldLabel,
    Optional<String> oldValue,
    Optional<String> newValue,
    Optional<String> note) {

  /** What happened. */
  public enum Kind {
    FIGURE("数据修改"),
    STATE("状态变更"),
    COMMENT("审核意见");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public ReportEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(fieldKey, "fieldKey");
    Objects.requireNonNull(fieldLabel, "fieldLabel");
    Objects.requireNonNull(oldValue, "oldValue");
    Objects.requireNonNull(newValue, "newValue");
    Objects.requireNonNull(note, "note");
  }

  public static ReportEvent figure(
      long reportId,
      Instant at,
      String actor,
      String key,
      String label,
      Optional<String> oldValue,
      Optional<String> newValue) {
    return new ReportEvent(
        reportId,
        at,
        actor,
        Kind.FIGURE,
        Optional.of(key),
        Optional.of(label),
        oldValue,
        newValue,
        Optional.empty());
  }

  public static ReportEvent state(
      long reportId,
      Instant at,
      String actor,
      ReportState from,
      ReportState to,
      Optional<String> note) {
    return new ReportEvent(
        reportId,
        at,
        actor,
        Kind.STATE,
        Optional.empty(),
        Optional.empty(),
        Optional.of(from.label()),
        Optional.of(to.label()),
        note);
  }

  public static ReportEvent comment(long reportId, Instant at, String actor, String note) {
    return new ReportEvent(
        reportId,
        at,
        actor,
        Kind.COMMENT,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(note));
  }
}
